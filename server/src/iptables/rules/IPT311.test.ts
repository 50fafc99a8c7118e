import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH, V6 } from './ruleTesting';

test('IPT311 fires on -p icmp in ip6tables and fixes it to ipv6-icmp', () => {
  const text = restore('-A INPUT -p icmp -j ACCEPT');
  const f = run('IPT311', text, V6);
  assert.deepEqual(at(f), ['2:13']);
  assert.equal(applyFix(text, f[0], 0, V6), restore('-A INPUT -p ipv6-icmp -j ACCEPT'));
  assert.deepEqual(at(run('IPT311', 'ip6tables -A INPUT -p icmp -j ACCEPT\n', SH)), ['1:23']);
});

test('IPT311 stays quiet on IPv4 icmp and IPv6 ipv6-icmp', () => {
  assert.deepEqual(run('IPT311', restore('-A INPUT -p icmp -j ACCEPT')), []);
  assert.deepEqual(run('IPT311', restore('-A INPUT -p ipv6-icmp -j ACCEPT'), V6), []);
});
