import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT009 fires on unknown states and on --state given to -m conntrack', () => {
  assert.deepEqual(at(run('IPT009', restore('-A INPUT -m conntrack --ctstate NEW,BOGUS -j ACCEPT'))), ['2:37']);
  assert.deepEqual(at(run('IPT009', restore('-A INPUT -m state --state SNAT -j ACCEPT'))), ['2:27']);
  assert.match(run('IPT009', restore('-A INPUT -m conntrack --state NEW -j ACCEPT'))[0].message, /Write --ctstate/);
});

test('IPT009 stays quiet on valid states', () => {
  assert.deepEqual(run('IPT009', restore('-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT\n-A INPUT -m state --state NEW -j ACCEPT')), []);
});
