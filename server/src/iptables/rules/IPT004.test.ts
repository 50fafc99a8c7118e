import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run, V6 } from './ruleTesting';

test('IPT004 rejects bad masks, bad addresses and the wrong family', () => {
  assert.deepEqual(at(run('IPT004', restore('-A INPUT -s 1.2.3.4/33 -j ACCEPT'))), ['2:21']);
  assert.deepEqual(at(run('IPT004', restore('-A INPUT -s 10.0.0.1,1.2.3.256 -j ACCEPT'))), ['2:22']);
  assert.match(run('IPT004', restore('-A INPUT -s ::1 -j ACCEPT'))[0].message, /IPv6 address/);
  assert.match(run('IPT004', restore('-A INPUT -d 10.0.0.1 -j ACCEPT'), V6)[0].message, /IPv4 address/);
});

test('IPT004 warns on host names and non-contiguous masks (accepted by iptables)', () => {
  assert.equal(run('IPT004', restore('-A INPUT -s vpn.example.com -j ACCEPT'))[0].severity, 'warning');
  assert.equal(run('IPT004', restore('-A INPUT -s 1.2.3.4/255.0.255.0 -j ACCEPT'))[0].severity, 'warning');
});

test('IPT004 stays quiet on valid addresses', () => {
  assert.deepEqual(run('IPT004', restore('-A INPUT -s 10.0.0.0/8,192.168.1.1 -d 1.2.3.4/255.255.255.0 -j ACCEPT')), []);
  assert.deepEqual(run('IPT004', restore('-A INPUT -s 2001:db8::/32 -j ACCEPT'), V6), []);
});
