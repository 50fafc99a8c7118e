import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST304 fires when AMI is reachable remotely without TLS', () => {
  assert.deepEqual(at(run('AST304', 'manager.conf', '[general]\nenabled=yes\nbindaddr=192.0.2.10\n')), ['1:2']);
});

test('AST304 is silent on loopback or with TLS', () => {
  assert.deepEqual(run('AST304', 'manager.conf', '[general]\nenabled=yes\nbindaddr=127.0.0.1\n'), []);
  assert.deepEqual(run('AST304', 'manager.conf', '[general]\nenabled=yes\ntlsenable=yes\n'), []);
});
