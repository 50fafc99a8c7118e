import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST111 is an error on a dynamic peer and removes invite from insecure', () => {
  const text = '[p]\ntype=friend\nhost=dynamic\ninsecure=port,invite\n';
  const f = run('AST111', 'sip.conf', text);
  assert.deepEqual(at(f), ['4:1']);
  assert.equal(f[0].severity, 'error');
  assert.equal(applyFix(f[0], text), '[p]\ntype=friend\nhost=dynamic\ninsecure=port\n');
});

test('AST111 is a warning on a static trunk behind a deny', () => {
  const f = run('AST111', 'sip.conf', '[t]\ntype=peer\nhost=198.51.100.1\ndeny=0.0.0.0/0.0.0.0\npermit=198.51.100.1/32\ninsecure=invite\n');
  assert.deepEqual(f.map((x) => x.severity), ['warning']);
});

test('AST111 is silent without invite', () => {
  assert.deepEqual(run('AST111', 'sip.conf', '[t]\ntype=peer\ninsecure=port\n[u]\ntype=peer\ninsecure=no\n'), []);
});
