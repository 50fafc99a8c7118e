import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST152 fires on calltokenoptional for everyone and requirecalltoken=no', () => {
  const text = '[general]\ncalltokenoptional=0.0.0.0/0.0.0.0\n[p]\ntype=peer\nrequirecalltoken=no\n';
  const f = run('AST152', 'iax.conf', text);
  assert.deepEqual(at(f), ['2:1', '5:1']);
  assert.equal(applyFix(f[0], text), '[general]\n[p]\ntype=peer\nrequirecalltoken=no\n');
  assert.equal(applyFix(f[1], text), '[general]\ncalltokenoptional=0.0.0.0/0.0.0.0\n[p]\ntype=peer\nrequirecalltoken=auto\n');
});

test('AST152 is silent on a narrow exemption and requirecalltoken=auto', () => {
  assert.deepEqual(run('AST152', 'iax.conf', '[general]\ncalltokenoptional=192.0.2.1/255.255.255.255\n[p]\ntype=peer\nrequirecalltoken=auto\n'), []);
});
