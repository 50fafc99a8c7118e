import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run, SH, V4 } from './ruleTesting';

const v4 = restore(':INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT');

test('IPT309 fires on a restrictive IPv4-only firewall', () => {
  assert.deepEqual(at(run('IPT309', v4)), ['3:1']);
  assert.deepEqual(at(run('IPT309', 'iptables -P INPUT DROP\n', SH)), ['1:1']);
});

test('IPT309 stays quiet when IPv6 is covered (ip6tables lines, or a rules.v6 beside)', () => {
  assert.deepEqual(run('IPT309', 'iptables -P INPUT DROP\nip6tables -P INPUT DROP\n', SH), []);
  assert.deepEqual(run('IPT309', v4, V4, { '/etc/iptables/rules.v6': restore(':INPUT DROP [0:0]') }), []);
  assert.deepEqual(run('IPT309', restore('-A INPUT -p tcp --dport 22 -j ACCEPT')), []);
});
