import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT202 fires when an earlier broader rule already gives the same verdict', () => {
  const f = run('IPT202', restore('-A OUTPUT -p udp --dport 10000:20000 -j ACCEPT\n-A OUTPUT -d 51.5.6.0/24 -p udp --dport 10000:20000 -j ACCEPT'));
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(f[0].severity, 'info');
});

test('IPT202 stays quiet when the broader rule comes later or differs', () => {
  assert.deepEqual(run('IPT202', restore('-A OUTPUT -d 51.5.6.0/24 -p udp --dport 10000:20000 -j ACCEPT\n-A OUTPUT -p udp --dport 10000:20000 -j ACCEPT')), []);
  assert.deepEqual(run('IPT202', restore('-A INPUT -i eth+ -j ACCEPT\n-A INPUT -i lo -j ACCEPT')), []);
});
