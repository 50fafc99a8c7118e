import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B107 fires when action = names no action file', () => {
  const f = run('F2B107', FILE, '[asterisk]\nenabled = true\nlogpath = /x\naction = iptables-allport[name=asterisk, protocol=all]\n', STOCK);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 3);
  assert.match(f[0].message, /iptables-allport'/);
});

test('F2B107 is silent for existing actions, several per jail', () => {
  const text = '[asterisk]\nenabled = true\nlogpath = /x\naction = iptables-allports[name=asterisk, protocol=all]\n         iptables-multiport[name=a2, port="5060,5061"]\n';
  assert.equal(run('F2B107', FILE, text, STOCK).length, 0);
});
