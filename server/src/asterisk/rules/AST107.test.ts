import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST107 fires when the last match-all rule is a permit', () => {
  assert.deepEqual(at(run('AST107', 'iax.conf', '[u]\ntype=user\ndeny=0.0.0.0/0.0.0.0\npermit=0.0.0.0/0.0.0.0\n')), ['4:1']);
  assert.deepEqual(at(run('AST107', 'pjsip.conf', '[a]\ntype=acl\npermit=::/0\n')), ['3:1']);
});

test('AST107 is silent when the last match-all rule is a deny', () => {
  assert.deepEqual(run('AST107', 'iax.conf', '[u]\ntype=user\npermit=0.0.0.0/0.0.0.0\ndeny=0.0.0.0/0\npermit=192.0.2.0/24\n'), []);
});
