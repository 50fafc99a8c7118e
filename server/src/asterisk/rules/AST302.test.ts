import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST302 fires on an AMI user without ACL (info when AMI is loopback-only)', () => {
  const text = '[general]\nenabled=yes\n[admin]\nsecret=x\n';
  const f = run('AST302', 'manager.conf', text);
  assert.deepEqual(at(f), ['3:2']);
  assert.equal(f[0].severity, 'warning');
  assert.equal(applyFix(f[0], text), '[general]\nenabled=yes\n[admin]\ndeny=0.0.0.0/0.0.0.0\ndeny=::/0\npermit=127.0.0.1/255.255.255.255\nsecret=x\n');
  assert.equal(run('AST302', 'manager.conf', '[general]\nenabled=yes\nbindaddr=127.0.0.1\n[a]\n')[0].severity, 'info');
});

test('AST302 is silent with an ACL or with AMI disabled', () => {
  assert.deepEqual(run('AST302', 'manager.conf', '[general]\nenabled=yes\n[a]\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.1\n'), []);
  assert.deepEqual(run('AST302', 'manager.conf', '[general]\nenabled=no\n[a]\n'), []);
});
