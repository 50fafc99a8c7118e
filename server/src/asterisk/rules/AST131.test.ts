import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST131 fires on allow_unauthenticated_options=yes, also through a template', () => {
  const text = '[7000]\ntype=endpoint\nallow_unauthenticated_options=yes\n';
  const f = run('AST131', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(applyFix(f[0], text), '[7000]\ntype=endpoint\nallow_unauthenticated_options=no\n');
  const t = '[tpl](!)\nallow_unauthenticated_options=yes\n[7001](tpl)\ntype=endpoint\n';
  const g = run('AST131', 'pjsip.conf', t);
  assert.deepEqual(at(g), ['3:2']);
  assert.equal(applyFix(g[0], t), '[tpl](!)\nallow_unauthenticated_options=yes\n[7001](tpl)\nallow_unauthenticated_options=no\ntype=endpoint\n');
});

test('AST131 is silent by default', () => {
  assert.deepEqual(run('AST131', 'pjsip.conf', '[7000]\ntype=endpoint\n'), []);
});
