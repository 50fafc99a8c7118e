import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST110 fires on autocreatepeer=yes or persist', () => {
  const text = '[general]\nautocreatepeer=persist\n';
  const f = run('AST110', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(f[0], text), '[general]\nautocreatepeer=no\n');
  assert.equal(run('AST110', 'sip.conf', '[general]\nautocreatepeer=yes\n').length, 1);
});

test('AST110 is silent when off, absent, or on Asterisk 21+', () => {
  assert.deepEqual(run('AST110', 'sip.conf', '[general]\nautocreatepeer=no\n'), []);
  assert.deepEqual(run('AST110', 'sip.conf', '[general]\n'), []);
  assert.deepEqual(run('AST110', 'sip.conf', '[general]\nautocreatepeer=yes\n', { settings: { asterisk: { targetVersion: 21 } } }), []);
});
