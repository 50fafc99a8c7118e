import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B108 fires on an enabled file-backend jail without logpath', () => {
  const f = run('F2B108', FILE, '[asterisk]\nenabled = true\n', STOCK);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range.start, { line: 0, character: 1 });
});

test('F2B108 is silent with a logpath (also from [DEFAULT]) or the systemd backend', () => {
  assert.equal(run('F2B108', FILE, '[asterisk]\nenabled = true\nlogpath = /var/log/asterisk/messages\n', STOCK).length, 0);
  assert.equal(run('F2B108', FILE, '[DEFAULT]\nlogpath = /var/log/all\n[asterisk]\nenabled = true\n', STOCK).length, 0);
  assert.equal(run('F2B108', FILE, '[sshd]\nenabled = true\nbackend = systemd\n', STOCK).length, 0);
});
