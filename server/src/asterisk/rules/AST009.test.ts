import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST009 fires on a boolean Asterisk cannot read and offers no (safe) and yes (review)', () => {
  const text = '[general]\nalwaysauthreject=enabled ; on\n';
  const f = run('AST009', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:18']);
  assert.deepEqual(f[0].fixes.map((x) => x.kind), ['safe', 'review']);
  assert.equal(applyFix(f[0], text), '[general]\nalwaysauthreject=no ; on\n');
  assert.equal(applyFix(f[0], text, 1), '[general]\nalwaysauthreject=yes ; on\n');
});

test('AST009 is silent on every spelling ast_true/ast_false accept, and on non-boolean options', () => {
  assert.deepEqual(run('AST009', 'sip.conf', '[general]\nallowguest=No\nalwaysauthreject=TRUE\ntcpenable=0\nnat=force_rport\n'), []);
});
