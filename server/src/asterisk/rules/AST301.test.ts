import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST301 fires on AMI without bindaddr or on 0.0.0.0', () => {
  const text = '[general]\nenabled=yes\nbindaddr=0.0.0.0\n';
  const f = run('AST301', 'manager.conf', text);
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(applyFix(f[0], text), '[general]\nenabled=yes\nbindaddr=127.0.0.1\n');
  assert.deepEqual(at(run('AST301', 'manager.conf', '[general]\nenabled=yes\n')), ['1:2']);
});

test('AST301 is silent when AMI is off or bound to loopback', () => {
  assert.deepEqual(run('AST301', 'manager.conf', '[general]\nenabled=no\n'), []);
  assert.deepEqual(run('AST301', 'manager.conf', '[general]\nenabled=yes\nbindaddr=127.0.0.1\n'), []);
});
