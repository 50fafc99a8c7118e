import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT204 fires on an unconditional ACCEPT in a default-deny INPUT', () => {
  assert.deepEqual(at(run('IPT204', restore(':INPUT DROP [0:0]\n-A INPUT -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT'))), ['3:1']);
});

test('IPT204 stays quiet on conditional accepts and on chains that accept by design', () => {
  assert.deepEqual(run('IPT204', restore(':INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT')), []);
  assert.deepEqual(run('IPT204', restore(':OUTPUT DROP [0:0]\n-A OUTPUT -j ACCEPT')), []);
});
