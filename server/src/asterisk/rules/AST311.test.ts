import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST311 fires on enable_status and enable_static', () => {
  const text = '[general]\nenable_status=yes\nenablestatic=yes\n';
  const f = run('AST311', 'http.conf', text);
  assert.deepEqual(at(f), ['2:1', '3:1']);
  assert.equal(applyFix(f[0], text), '[general]\nenable_status=no\nenablestatic=yes\n');
});

test('AST311 is silent when off', () => {
  assert.deepEqual(run('AST311', 'http.conf', '[general]\nenable_status=no\n'), []);
});
