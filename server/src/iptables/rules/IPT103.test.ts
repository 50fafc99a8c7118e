import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT103 fires on a user chain nothing jumps to', () => {
  assert.deepEqual(at(run('IPT103', restore(':web - [0:0]\n-A web -p tcp --dport 80 -j ACCEPT'))), ['2:2']);
});

test('IPT103 stays quiet on referenced chains and fail2ban chains', () => {
  assert.deepEqual(run('IPT103', restore(':web - [0:0]\n:f2b-sshd - [0:0]\n-A INPUT -j web\n-A web -j ACCEPT')), []);
});
