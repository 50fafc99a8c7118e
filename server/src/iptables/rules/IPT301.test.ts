import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH } from './ruleTesting';

test('IPT301 fires on host bits under the mask, as an error when it opens an admin port, with two fixes', () => {
  const text = 'iptables -A INPUT -s 188.10.11.12/24 -p tcp -m tcp --dport 22 -j ACCEPT\n';
  const f = run('IPT301', text, SH);
  assert.deepEqual(at(f), ['1:22']);
  assert.equal(f[0].severity, 'error');
  assert.deepEqual(f[0].fixes.map((x) => x.kind), ['review', 'review']);
  assert.equal(applyFix(text, f[0], 0, SH), 'iptables -A INPUT -s 188.10.11.12/32 -p tcp -m tcp --dport 22 -j ACCEPT\n');
  assert.equal(applyFix(text, f[0], 1, SH), 'iptables -A INPUT -s 188.10.11.0/24 -p tcp -m tcp --dport 22 -j ACCEPT\n');
});

test('IPT301 is a warning elsewhere, and finds the item inside a comma list', () => {
  const f = run('IPT301', restore('-A INPUT -s 10.0.0.0/8,172.16.5.1/12 -j DROP'));
  assert.deepEqual(at(f), ['2:24']);
  assert.equal(f[0].severity, 'warning');
});

test('IPT301 stays quiet on network addresses and hosts', () => {
  assert.deepEqual(run('IPT301', restore('-A INPUT -s 51.5.6.0/24 -d 9.9.9.9 -j ACCEPT\n-A INPUT -s 188.10.11.12/32 -j ACCEPT')), []);
});
