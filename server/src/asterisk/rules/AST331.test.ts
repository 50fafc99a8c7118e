import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST331 fires on execincludes=yes', () => {
  const text = '[options]\nexecincludes=yes\n';
  const f = run('AST331', 'asterisk.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(f[0], text), '[options]\nexecincludes=no\n');
});

test('AST331 is silent when off', () => {
  assert.deepEqual(run('AST331', 'asterisk.conf', '[options]\nexecincludes=no\n'), []);
});
