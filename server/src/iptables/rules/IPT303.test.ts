import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH } from './ruleTesting';

test('IPT303 fires on a default-deny chain without the ESTABLISHED accept; the fix inserts it after lo and fail2ban', () => {
  const text = restore(':INPUT DROP [0:0]\n:f2b-x - [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -j f2b-x\n# ssh\n-A INPUT -p tcp --dport 22 -j ACCEPT');
  const f = run('IPT303', text);
  assert.deepEqual(at(f), ['2:8']);
  assert.equal(f[0].fixes[0].kind, 'safe');
  assert.equal(applyFix(text, f[0]), restore(':INPUT DROP [0:0]\n:f2b-x - [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -j f2b-x\n# ssh\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT'));
});

test('IPT303 on a script with a final DROP inserts a script line', () => {
  const text = '$IPT -A OUTPUT -p udp --dport 53 -j ACCEPT\n$IPT -A OUTPUT -j DROP\n';
  const withVar = `IPT=/sbin/iptables\n${text}`;
  const f = run('IPT303', withVar, SH);
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(applyFix(withVar, f[0], 0, SH), `IPT=/sbin/iptables\n$IPT -A OUTPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n${text}`);
});

test('IPT303 stays quiet with the accept (conntrack or state) or without a default deny', () => {
  assert.deepEqual(run('IPT303', restore(':INPUT DROP [0:0]\n-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT')), []);
  assert.deepEqual(run('IPT303', restore('-A INPUT -p tcp --dport 22 -j ACCEPT')), []);
});

test('IPT303 counts an ESTABLISHED accept inside a user chain the built-in chain jumps to', () => {
  assert.deepEqual(run('IPT303', restore(':INPUT DROP [0:0]\n:common - [0:0]\n-A INPUT -j common\n-A common -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT')), []);
});
