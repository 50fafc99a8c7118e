import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST104 fires on a permit with no earlier deny and inserts the deny before it', () => {
  const text = '[trunk]\ntype=peer\n  permit=198.51.100.1/32 ; provider\npermit=198.51.100.2/32\n';
  const f = run('AST104', 'sip.conf', text);
  assert.deepEqual(at(f), ['3:3']);
  assert.equal(applyFix(f[0], text), '[trunk]\ntype=peer\n  deny=0.0.0.0/0.0.0.0\n  permit=198.51.100.1/32 ; provider\npermit=198.51.100.2/32\n');
});

test('AST104 checks each address family and each permit/deny pair separately', () => {
  assert.deepEqual(at(run('AST104', 'manager.conf', '[admin]\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.1/255.255.255.255\npermit=::1/128\n')), ['4:1']);
  assert.deepEqual(at(run('AST104', 'pjsip.conf', '[acl]\ntype=acl\ndeny=0.0.0.0/0\ncontact_permit=192.0.2.0/24\n')), ['4:1']);
  assert.deepEqual(at(run('AST104', 'sip.conf', '[p]\npermit=192.0.2.1\ndeny=0.0.0.0/0.0.0.0\n')), ['2:1']);
});

test('AST104 is silent when a deny comes first, also through a template, and reports the template once', () => {
  assert.deepEqual(run('AST104', 'sip.conf', '[p]\ndeny=0.0.0.0/0.0.0.0\npermit=192.0.2.1/32\n'), []);
  assert.deepEqual(run('AST104', 'sip.conf', '[t](!)\ndeny=0.0.0.0/0.0.0.0\n[p](t)\npermit=192.0.2.1/32\n'), []);
  assert.deepEqual(at(run('AST104', 'sip.conf', '[t](!)\npermit=192.0.2.1/32\n[a](t)\n[b](t)\n')), ['2:1']);
  assert.deepEqual(run('AST104', 'extensions.conf', '[ctx]\npermit=1\n'), []);
});
