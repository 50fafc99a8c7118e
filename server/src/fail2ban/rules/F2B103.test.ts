import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, fixed, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B103 fires on a configured jail that is not enabled; the fix enables it', () => {
  const text = '[asterisk]\nlogpath = /var/log/asterisk/messages\nmaxretry = 3\n';
  const f = run('F2B103', FILE, text, STOCK);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range.start, { line: 0, character: 1 });
  assert.equal(fixed(FILE, text, f[0]), text.replace('maxretry = 3\n', 'maxretry = 3\nenabled = true\n'));
});

test('F2B103 is silent for enabled jails, explicit enabled = false and jail.conf', () => {
  assert.equal(run('F2B103', FILE, '[asterisk]\nenabled = true\nlogpath = /x\n', STOCK).length, 0);
  assert.equal(run('F2B103', FILE, '[asterisk]\nenabled = false\nlogpath = /x\n', STOCK).length, 0);
  assert.equal(run('F2B103', `${BASE}/jail.conf`, '[asterisk]\nlogpath = /x\n', STOCK).length, 0);
});
