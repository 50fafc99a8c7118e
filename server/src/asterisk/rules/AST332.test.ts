import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST332 fires when runuser is absent', () => {
  assert.deepEqual(at(run('AST332', 'asterisk.conf', '[directories](!)\nastetcdir=/etc/asterisk\n[options]\nverbose=3\n')), ['3:2']);
});

test('AST332 is silent with runuser', () => {
  assert.deepEqual(run('AST332', 'asterisk.conf', '[options]\nrunuser=asterisk\nrungroup=asterisk\n'), []);
});
