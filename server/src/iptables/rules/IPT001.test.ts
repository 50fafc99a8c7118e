import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH } from './ruleTesting';

test('IPT001 fires on a port list in --dport/--sport and rewrites it to multiport', () => {
  const text = restore('# web\n-A INPUT -p tcp --dport 80,443 -j ACCEPT');
  const f = run('IPT001', text);
  assert.deepEqual(at(f), ['3:17']);
  assert.equal(f[0].severity, 'error');
  assert.equal(applyFix(text, f[0]), restore('# web\n-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT'));
  assert.deepEqual(run('IPT001', applyFix(text, f[0])), []);
});

test('IPT001 replaces a bare -m udp and keeps negation', () => {
  const text = 'iptables -A OUTPUT -p udp -m udp ! --sport 5060,5061 -j ACCEPT\n';
  const f = run('IPT001', text, SH);
  assert.equal(applyFix(text, f[0], 0, SH), 'iptables -A OUTPUT -p udp -m multiport ! --sports 5060,5061 -j ACCEPT\n');
});

test('IPT001 stays quiet on single ports, ranges and multiport lists', () => {
  assert.deepEqual(run('IPT001', restore('-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p udp --dport 10000:20000 -j ACCEPT\n-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT')), []);
});
