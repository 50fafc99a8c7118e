import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH } from './ruleTesting';

test('IPT307 fires on default-deny chains without a loopback accept, and inserts one first', () => {
  const text = 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -A INPUT -j DROP\n';
  const f = run('IPT307', text, SH);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(text, f[0], 0, SH), `iptables -A INPUT -i lo -j ACCEPT\n${text}`);
  const out = restore(':OUTPUT DROP [0:0]');
  assert.equal(applyFix(out, run('IPT307', out)[0]), restore(':OUTPUT DROP [0:0]\n-A OUTPUT -o lo -j ACCEPT'));
});

test('IPT307 stays quiet with the loopback accept or without a default deny', () => {
  assert.deepEqual(run('IPT307', restore(':INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT')), []);
  assert.deepEqual(run('IPT307', restore('-A INPUT -p tcp --dport 22 -j ACCEPT')), []);
});
