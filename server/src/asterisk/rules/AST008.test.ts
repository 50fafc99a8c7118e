import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST008 fires on a ; glued to a secret, never shows it, and escapes it on review', () => {
  const text = '[7000]\ntype=auth\npassword=Xk2;Lm9q\n';
  const f = run('AST008', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['3:10']);
  assert.ok(!f[0].message.includes('Xk2') && !f[0].message.includes('Lm9q'));
  assert.match(f[0].message, /3 characters/);
  assert.equal(f[0].fixes[0].kind, 'review');
  assert.equal(applyFix(f[0], text), '[7000]\ntype=auth\npassword=Xk2\\;Lm9q\n');
});

test('AST008 is silent on escaped ; and on spaced comments', () => {
  assert.deepEqual(run('AST008', 'sip.conf', '[p]\nsecret=ab\\;cd\nsecret=abcd ; rotated in May\ncontext=x;y\n'), []);
});
