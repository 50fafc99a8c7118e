import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST320 fires on ARI users with plain passwords (explicit or default)', () => {
  assert.deepEqual(at(run('AST320', 'ari.conf', '[general]\n[app]\ntype=user\npassword=x\n[b]\ntype=user\npassword_format=plain\n')), ['2:2', '7:1']);
});

test('AST320 is silent with crypt passwords', () => {
  assert.deepEqual(run('AST320', 'ari.conf', '[app]\ntype=user\npassword_format=crypt\npassword=$6$abc\n'), []);
});
