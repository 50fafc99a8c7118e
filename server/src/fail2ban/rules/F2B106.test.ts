import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B106 fires on maxretry > 10 and findtime < 1m for an auth jail', () => {
  const f = run('F2B106', FILE, '[asterisk]\nenabled = true\nlogpath = /x\nmaxretry = 20\nfindtime = 30s\n', STOCK);
  assert.deepEqual(f.map((x) => x.range.start.line), [3, 4]);
});

test('F2B106 is silent for strict settings and non-auth jails', () => {
  assert.equal(run('F2B106', FILE, '[asterisk]\nenabled = true\nlogpath = /x\nmaxretry = 3\nfindtime = 10m\n', STOCK).length, 0);
  const files = { ...STOCK, [`${BASE}/filter.d/nginx-limit-req.conf`]: '[Definition]\nfailregex = ^<HOST>\n' };
  assert.equal(run('F2B106', FILE, '[nginx-limit-req]\nenabled = true\nlogpath = /x\nmaxretry = 50\n', files).length, 0);
});
