import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

const rules = (n: number) => Array.from({ length: n }, (_, i) => `-A INPUT -p udp --dport ${5000 + i} -j ACCEPT`).join('\n');

test('IPT304 fires when the ESTABLISHED accept comes after many rules', () => {
  assert.deepEqual(at(run('IPT304', restore(`${rules(6)}\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`))), ['8:1']);
});

test('IPT304 stays quiet when it is near the top', () => {
  assert.deepEqual(run('IPT304', restore(`-A INPUT -i lo -j ACCEPT\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n${rules(6)}`)), []);
});
