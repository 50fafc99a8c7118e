import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST321 fires on allowed_origins containing *', () => {
  assert.deepEqual(at(run('AST321', 'ari.conf', '[general]\nallowed_origins=https://a.example, *\n')), ['2:1']);
});

test('AST321 is silent on explicit origins', () => {
  assert.deepEqual(run('AST321', 'ari.conf', '[general]\nallowed_origins=https://a.example\n'), []);
});
