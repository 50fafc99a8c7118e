import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST115 fires when OPTIONS are not authenticated, with a safe fix', () => {
  const text = '[general]\nauth_options_requests=no\n';
  const f = run('AST115', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(f[0], text), '[general]\nauth_options_requests=yes\n');
  assert.equal(applyFix(run('AST115', 'sip.conf', '[general]\n')[0], '[general]\n'), '[general]\nauth_options_requests=yes\n');
});

test('AST115 is silent when auth_options_requests is true', () => {
  assert.deepEqual(run('AST115', 'sip.conf', '[general]\nauth_options_requests=yes\n'), []);
});
