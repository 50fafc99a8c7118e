import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH } from './ruleTesting';

test('IPT302 fires on an INPUT that accepts by default, and the fix sets the DROP policy', () => {
  const text = restore(':INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT');
  const f = run('IPT302', text);
  assert.deepEqual(at(f), ['2:8']);
  assert.equal(applyFix(text, f[0]), restore(':INPUT DROP [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT'));
  const script = 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT\necho done\n';
  assert.equal(applyFix(script, run('IPT302', script, SH)[0], 0, SH), 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P INPUT DROP\necho done\n');
});

test('IPT302 stays quiet with a DROP policy, a final DROP, or no INPUT rules at all', () => {
  assert.deepEqual(run('IPT302', restore(':INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT')), []);
  assert.deepEqual(run('IPT302', restore('-A INPUT -i lo -j ACCEPT\n-A INPUT -j REJECT')), []);
  assert.deepEqual(run('IPT302', restore('-A POSTROUTING -o eth0 -j MASQUERADE', 'nat')), []);
});
