import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST106 fires when AMI (default [::]) denies IPv4 only, and adds deny=::/0 after the IPv4 deny', () => {
  const text = '[general]\nenabled=yes\n[admin]\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.1/255.255.255.255\n';
  const f = run('AST106', 'manager.conf', text);
  assert.deepEqual(at(f), ['4:1']);
  assert.equal(applyFix(f[0], text), '[general]\nenabled=yes\n[admin]\ndeny=0.0.0.0/0.0.0.0\ndeny=::/0\npermit=127.0.0.1/255.255.255.255\n');
  assert.deepEqual(at(run('AST106', 'pjsip.conf', '[t]\ntype=transport\nbind=[::]:5872\n[e]\ntype=endpoint\ndeny=0.0.0.0/0\n')), ['6:1']);
});

test('AST106 is silent with an IPv6 deny or an IPv4-only listener', () => {
  assert.deepEqual(run('AST106', 'manager.conf', '[general]\nbindaddr=::\n[a]\ndeny=0.0.0.0/0.0.0.0\ndeny=::/0\n'), []);
  assert.deepEqual(run('AST106', 'manager.conf', '[general]\nbindaddr=127.0.0.1\n[a]\ndeny=0.0.0.0/0.0.0.0\n'), []);
  assert.deepEqual(run('AST106', 'sip.conf', '[general]\nbindaddr=0.0.0.0\n[p]\ntype=peer\ndeny=0.0.0.0/0.0.0.0\n'), []);
  assert.deepEqual(run('AST106', 'pjsip.conf', '[t]\ntype=transport\nbind=::\n[acl]\ndeny=0.0.0.0/0\n'), []);
});
