import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST330 fires on live_dangerously=yes with a safe fix', () => {
  const text = '[options]\nlive_dangerously = yes\n';
  const f = run('AST330', 'asterisk.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(f[0], text), '[options]\nlive_dangerously = no\n');
});

test('AST330 is silent when off or absent', () => {
  assert.deepEqual(run('AST330', 'asterisk.conf', '[options]\nlive_dangerously=no\n'), []);
  assert.deepEqual(run('AST330', 'asterisk.conf', '[options]\n'), []);
});
