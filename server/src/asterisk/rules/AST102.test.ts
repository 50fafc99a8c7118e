import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST102 fires on alwaysauthreject=no with a safe fix that keeps the comment', () => {
  const text = '[general]\nallowguest=no\nalwaysauthreject=no ; legacy\n';
  const f = run('AST102', 'sip.conf', text);
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(f[0].fixes[0].kind, 'safe');
  assert.equal(applyFix(f[0], text), '[general]\nallowguest=no\nalwaysauthreject=yes ; legacy\n');
});

test('AST102 is silent when alwaysauthreject is absent (default yes), true, or in another file', () => {
  assert.deepEqual(run('AST102', 'sip.conf', '[general]\nallowguest=no\n'), []);
  assert.deepEqual(run('AST102', 'sip.conf', '[general]\nalwaysauthreject=yes\n'), []);
  assert.deepEqual(run('AST102', 'sip.conf', '[general]\nalwaysauthreject=no\nalwaysauthreject=yes\n'), []);
  assert.deepEqual(run('AST102', 'iax.conf', '[general]\nalwaysauthreject=no\n'), []);
});
