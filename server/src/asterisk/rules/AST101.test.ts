import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST101 fires when allowguest is absent or true, with a review fix', () => {
  const absent = '[general]\ncontext=public ; inbound only\n';
  const f = run('AST101', 'sip.conf', absent);
  assert.deepEqual(at(f), ['1:2']);
  assert.equal(f[0].fixes[0].kind, 'review');
  assert.equal(applyFix(f[0], absent), '[general]\nallowguest=no\ncontext=public ; inbound only\n');
  const yes = '[general]\nallowguest = yes ; guests\n';
  const g = run('AST101', 'sip.conf', yes);
  assert.deepEqual(at(g), ['2:1']);
  assert.equal(applyFix(g[0], yes), '[general]\nallowguest = no ; guests\n');
  assert.deepEqual(at(run('AST101', 'sip.conf', '[general]\nallowguest=On\n')), ['2:1']);
});

test('AST101 is silent when allowguest is false or a word ast_true() reads as false, and outside sip.conf', () => {
  assert.deepEqual(run('AST101', 'sip.conf', '[general]\nallowguest=nope\n'), []);
  assert.deepEqual(run('AST101', 'sip.conf', '[general]\nallowguest=no\n'), []);
  assert.deepEqual(run('AST101', 'sip.conf', '[general]\nallowguest=yes\nallowguest=off\n'), []);
  assert.deepEqual(run('AST101', 'iax.conf', '[general]\nallowguest=yes\n'), []);
  assert.deepEqual(run('AST101', 'sip.conf.sample', '[general]\nallowguest=n\n'), []);
  assert.equal(run('AST101', 'sip.conf.sample', '[general]\nallowguest=y\n').length, 1);
});

test('AST101 reads the first [general] only and follows templates, offering an override', () => {
  assert.equal(run('AST101', 'sip.conf', '[general]\nallowguest=yes\n[general]\nallowguest=no\n').length, 1);
  const text = '[g](!)\nallowguest=yes\n[general](g)\nbindport=5060\n';
  const f = run('AST101', 'sip.conf', text);
  assert.deepEqual(at(f), ['3:2']);
  assert.match(f[0].message, /inherited from template \[g\]/);
  assert.equal(applyFix(f[0], text), '[g](!)\nallowguest=yes\n[general](g)\nallowguest=no\nbindport=5060\n');
});

test('AST101 on a sip.conf without [general] inserts one', () => {
  const text = '; peers\n[phone1]\ntype=friend\n';
  const f = run('AST101', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:2']);
  assert.equal(applyFix(f[0], text), '; peers\n[general]\nallowguest=no\n\n[phone1]\ntype=friend\n');
});
