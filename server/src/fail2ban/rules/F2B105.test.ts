import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B105 fires on each ignoreip entry that is no IP, CIDR or host name, at its columns', () => {
  const f = run('F2B105', FILE, '[DEFAULT]\nignoreip = 127.0.0.1/8 192.168.1.300 10.0.0.0/33\n  <your address>\n');
  assert.equal(f.length, 4);
  assert.deepEqual(f[0].range, { start: { line: 1, character: 23 }, end: { line: 1, character: 36 } });
  assert.equal(f[2].range.start.line, 2);
});

test('F2B105 accepts IPv4/IPv6, CIDR, dotted masks, host names and commas', () => {
  assert.equal(run('F2B105', FILE, '[DEFAULT]\nignoreip = 127.0.0.1/8 ::1, 2001:db8::/32 192.0.2.0/255.255.255.0 vpn.example.org\n').length, 0);
});
