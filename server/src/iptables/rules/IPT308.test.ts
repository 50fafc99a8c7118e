import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT308 fires on a default-deny OUTPUT missing DNS over TCP or NTP', () => {
  const f = run('IPT308', restore(':OUTPUT DROP [0:0]\n-A OUTPUT -d 9.9.9.9 -p udp --dport 53 -j ACCEPT'));
  assert.deepEqual(at(f), ['2:9']);
  assert.match(f[0].message, /tcp 53/);
  assert.match(f[0].message, /NTP/);
});

test('IPT308 stays quiet when DNS (udp+tcp) and NTP are allowed, or OUTPUT is open', () => {
  assert.deepEqual(run('IPT308', restore(':OUTPUT DROP [0:0]\n-A OUTPUT -p udp -m multiport --dports 53,123 -j ACCEPT\n-A OUTPUT -p tcp --dport 53 -j ACCEPT')), []);
  assert.deepEqual(run('IPT308', restore('-A OUTPUT -p udp --dport 5060 -j ACCEPT')), []);
});
