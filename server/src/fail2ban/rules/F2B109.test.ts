import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B109 hints at bantime.increment for a long fixed bantime', () => {
  const f = run('F2B109', FILE, '[asterisk]\nenabled = true\nlogpath = /x\nbantime = 10d\n', STOCK);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'hint');
  assert.equal(f[0].range.start.line, 3);
});

test('F2B109 is silent for short bantimes or when bantime.increment is on', () => {
  assert.equal(run('F2B109', FILE, '[asterisk]\nenabled = true\nlogpath = /x\nbantime = 1h\n', STOCK).length, 0);
  assert.equal(run('F2B109', FILE, '[asterisk]\nenabled = true\nlogpath = /x\nbantime = 10d\nbantime.increment = true\n', STOCK).length, 0);
});
