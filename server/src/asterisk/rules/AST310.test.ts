import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST310 fires on plain HTTP bound beyond loopback', () => {
  const text = '[general]\nenabled=yes\nbindaddr=0.0.0.0\n';
  const f = run('AST310', 'http.conf', text);
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(applyFix(f[0], text), '[general]\nenabled=yes\nbindaddr=127.0.0.1\n');
});

test('AST310 is silent on loopback, with TLS, or when disabled', () => {
  assert.deepEqual(run('AST310', 'http.conf', '[general]\nenabled=yes\nbindaddr=127.0.0.1\n'), []);
  assert.deepEqual(run('AST310', 'http.conf', '[general]\nenabled=yes\nbindaddr=0.0.0.0\ntlsenable=yes\n'), []);
  assert.deepEqual(run('AST310', 'http.conf', '[general]\nenabled=no\nbindaddr=0.0.0.0\n'), []);
});
