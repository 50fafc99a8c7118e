import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run, SH } from './ruleTesting';

test('IPT105 fires on -P on a user chain, a policy other than ACCEPT/DROP, and a policy on a user chain line', () => {
  assert.deepEqual(at(run('IPT105', 'iptables -N web\niptables -P web DROP\niptables -P INPUT REJECT\n', SH)), ['2:13', '3:19']);
  assert.deepEqual(at(run('IPT105', restore(':web DROP [0:0]'))), ['2:6']);
});

test('IPT105 stays quiet on built-in policies and user chains declared with -', () => {
  assert.deepEqual(run('IPT105', restore(':INPUT DROP [0:0]\n:OUTPUT ACCEPT\n:web - [0:0]')), []);
});
