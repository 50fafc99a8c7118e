import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT203 fires on rules after an unconditional terminal rule', () => {
  assert.deepEqual(at(run('IPT203', restore('-A INPUT -m comment --comment "end" -j DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT'))), ['3:1']);
});

test('IPT203 stays quiet after conditional or non-terminal rules', () => {
  assert.deepEqual(run('IPT203', restore('-A INPUT -j LOG\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -j DROP')), []);
});
