import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST010 fires on a second [general] and turns it into [general](+)', () => {
  const text = '[general]\nallowguest=no\n[general] ; more\nbindport=5062\n';
  const f = run('AST010', 'sip.conf', text);
  assert.deepEqual(at(f), ['3:2']);
  assert.equal(applyFix(f[0], text), '[general]\nallowguest=no\n[general](+) ; more\nbindport=5062\n');
});

test('AST010 is silent on [general](+) and in pjsip.conf', () => {
  assert.deepEqual(run('AST010', 'manager.conf', '[general]\n[general](+)\nenabled=no\n'), []);
  assert.deepEqual(run('AST010', 'extensions.conf', '[general]\n[general]\n'), []);
});
