import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT008 fires on DROP in nat, DNAT outside nat, wrong NAT chains and tcp-reset without -p tcp', () => {
  assert.deepEqual(at(run('IPT008', restore('-A PREROUTING -j DROP', 'nat'))), ['2:18']);
  assert.deepEqual(at(run('IPT008', restore('-A INPUT -j DNAT --to-destination 10.0.0.1'))), ['2:13']);
  assert.deepEqual(at(run('IPT008', restore('-A PREROUTING -j MASQUERADE', 'nat'))), ['2:18']);
  assert.deepEqual(at(run('IPT008', restore('-A INPUT -p udp -j REJECT --reject-with tcp-reset'))), ['2:41']);
});

test('IPT008 stays quiet on targets in their tables and chains', () => {
  assert.deepEqual(run('IPT008', restore('-A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080\n-A POSTROUTING -o eth0 -j MASQUERADE', 'nat')), []);
  assert.deepEqual(run('IPT008', restore('-A INPUT -p tcp -j REJECT --reject-with tcp-reset')), []);
});
