import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B104 fires when filter = names no filter (explicit and via the %(__name__)s default)', () => {
  const f = run('F2B104', FILE, '[asterisk]\nenabled = true\nlogpath = /x\nfilter = asterix\n', STOCK);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 3);
  const g = run('F2B104', FILE, '[asterisk-provya]\nenabled = true\nlogpath = /x\n', STOCK);
  assert.equal(g.length, 1);
  assert.deepEqual(g[0].range.start, { line: 0, character: 1 });
});

test('F2B104 is silent for existing filters, filter options and .local-only filters', () => {
  assert.equal(run('F2B104', FILE, '[asterisk]\nenabled = true\nlogpath = /x\n', STOCK).length, 0);
  assert.equal(run('F2B104', FILE, '[x]\nenabled = true\nlogpath = /x\nfilter = sshd[mode=aggressive]\n', STOCK).length, 0);
  const files = { ...STOCK, [`${BASE}/filter.d/mine.local`]: '[Definition]\nfailregex = ^<HOST>\n' };
  assert.equal(run('F2B104', FILE, '[x]\nenabled = true\nlogpath = /x\nfilter = mine\n', files).length, 0);
});
