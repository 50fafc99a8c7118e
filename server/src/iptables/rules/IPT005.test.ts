import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT005 fires on -o in INPUT and -i in OUTPUT/POSTROUTING', () => {
  assert.deepEqual(at(run('IPT005', restore('-A INPUT -o eth0 -j ACCEPT\n-A OUTPUT -i lo -j ACCEPT'))), ['2:10', '3:11']);
  assert.deepEqual(at(run('IPT005', restore('-A POSTROUTING -i eth0 -j MASQUERADE', 'nat'))), ['2:16']);
});

test('IPT005 fires on direction-bound matches in the wrong chain (kernel-checked)', () => {
  assert.deepEqual(at(run('IPT005', restore('-A INPUT -m owner --uid-owner 0 -j ACCEPT\n-A OUTPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT'))), ['2:13', '3:14']);
  assert.deepEqual(run('IPT005', restore('-A OUTPUT -m owner --uid-owner 0 -j ACCEPT\n-A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT')), []);
});

test('IPT005 stays quiet on the right direction and in FORWARD', () => {
  assert.deepEqual(run('IPT005', restore('-A INPUT -i lo -j ACCEPT\n-A OUTPUT -o lo -j ACCEPT\n-A FORWARD -i eth0 -o eth1 -j ACCEPT')), []);
});
