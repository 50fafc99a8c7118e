import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT201 fires when an earlier broader rule with another verdict decides first (CIDR and port containment)', () => {
  const f = run('IPT201', restore('-A INPUT -s 10.0.0.0/8 -p tcp -m multiport --dports 20:30,80 -j DROP\n-A INPUT -s 10.1.2.0/24 -p tcp --dport 22 -j ACCEPT'));
  assert.deepEqual(at(f), ['3:1']);
  assert.match(f[0].message, /line 2/);
  assert.equal(f[0].related?.[0].range.start.line, 1);
});

test('IPT201 treats stateful/rate matches and user-chain jumps as "may match", and narrower earlier rules as no cover', () => {
  assert.deepEqual(run('IPT201', restore('-A INPUT -p tcp -m limit --limit 1/s -j DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT')), []);
  assert.deepEqual(run('IPT201', restore(':web - [0:0]\n-A INPUT -j web\n-A INPUT -p tcp --dport 22 -j ACCEPT')), []);
  assert.deepEqual(run('IPT201', restore('-A INPUT -s 10.1.2.0/24 -j DROP\n-A INPUT -s 10.0.0.0/8 -j ACCEPT')), []);
  assert.deepEqual(run('IPT201', restore('-A INPUT -p udp -j DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT')), []);
});
