import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST502 fires when no file channel has notice', () => {
  const text = '[logfiles]\nsecurity.log => security\n';
  const f = run('AST502', 'logger.conf', text);
  assert.deepEqual(at(f), ['1:2']);
  assert.equal(applyFix(f[0], text), '[logfiles]\nsecurity.log => security\nmessages.log => notice,warning,error\n');
});

test('AST502 is silent with a notice channel', () => {
  assert.deepEqual(run('AST502', 'logger.conf', '[logfiles]\nmessages.log => notice,warning\n'), []);
});
