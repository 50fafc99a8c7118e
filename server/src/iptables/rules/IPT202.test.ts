import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT202 fires when an earlier broader rule already gives the same verdict', () => {
  const f = run('IPT202', restore('-A OUTPUT -p udp --dport 10000:20000 -j ACCEPT\n-A OUTPUT -d 51.5.6.0/24 -p udp --dport 10000:20000 -j ACCEPT'));
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(f[0].severity, 'info');
});

test('IPT202 fires when a later broader rule gives the same verdict with nothing deciding in between (guide L13/L14)', () => {
  const f = run('IPT202', restore('-A OUTPUT -d 51.5.6.0/24 -p udp --dport 10000:20000 -j ACCEPT\n-A OUTPUT -p tcp --dport 22 -j DROP\n-A OUTPUT -j LOG\n-A OUTPUT -p udp --dport 10000:20000 -j ACCEPT'));
  assert.deepEqual(at(f), ['2:1']);
  assert.match(f[0].message, /nothing in between/);
});

test('IPT202 stays quiet when a jump or another verdict in between may take the packets, or the rules differ', () => {
  assert.deepEqual(run('IPT202', restore(':f2b-x - [0:0]\n-A INPUT -s 51.5.6.0/24 -p udp --dport 5060 -j ACCEPT\n-A INPUT -j f2b-x\n-A INPUT -p udp --dport 5060 -j ACCEPT')), []);
  assert.deepEqual(run('IPT202', restore('-A INPUT -s 10.0.0.1 -p udp -j ACCEPT\n-A INPUT -p udp --dport 53 -j DROP\n-A INPUT -p udp -j ACCEPT')), []);
  assert.deepEqual(run('IPT202', restore('-A INPUT -i eth+ -j ACCEPT\n-A INPUT -i lo -j ACCEPT')), []);
});
