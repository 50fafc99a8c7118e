import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST105 fires on accounts without any ACL and inserts deny + permit (the static host when known)', () => {
  const text = '[general]\n[trunk]\ntype=peer\nhost=198.51.100.7\n';
  const f = run('AST105', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:2']);
  assert.equal(applyFix(f[0], text), '[general]\n[trunk]\ndeny=0.0.0.0/0.0.0.0\npermit=198.51.100.7/255.255.255.255\ntype=peer\nhost=198.51.100.7\n');
  assert.deepEqual(at(run('AST105', 'pjsip.conf', '[7000]\ntype=endpoint\n')), ['1:2']);
});

test('AST105 is silent with an ACL (own, inherited or global pjsip acl), for templates and AMI users', () => {
  assert.deepEqual(run('AST105', 'sip.conf', '[t](!)\ndeny=0.0.0.0/0.0.0.0\n[p](t)\ntype=friend\n[q]\ntype=peer\nacl=office\n'), []);
  assert.deepEqual(run('AST105', 'pjsip.conf', '[a]\ntype=acl\ndeny=0.0.0.0/0\npermit=192.0.2.0/24\n[7000]\ntype=endpoint\n'), []);
  assert.deepEqual(run('AST105', 'manager.conf', '[admin]\nsecret=x\n'), []);
});
