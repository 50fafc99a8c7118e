import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST133 fires on an endpoint without context and offers contexts from extensions.conf', () => {
  const text = '[7000]\ntype=endpoint\n';
  const f = run('AST133', 'pjsip.conf', text, { files: { '/etc/asterisk/extensions.conf': '[general]\n[internal]\n[default]\n' } });
  assert.deepEqual(at(f), ['1:2']);
  assert.deepEqual(f[0].fixes.map((x) => x.title), ['Set context=internal']);
  assert.equal(applyFix(f[0], text), '[7000]\ncontext=internal\ntype=endpoint\n');
});

test('AST133 is silent with a context (own or inherited)', () => {
  assert.deepEqual(run('AST133', 'pjsip.conf', '[t](!)\ncontext=internal\n[7000](t)\ntype=endpoint\n'), []);
});
