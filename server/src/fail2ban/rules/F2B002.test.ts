import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B002 fires on an option before any section', () => {
  const f = run('F2B002', FILE, '# top\nbantime = 1h\n[DEFAULT]\nfindtime = 10m\n');
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 1);
});

test('F2B002 is silent when every option is under a section', () => {
  assert.equal(run('F2B002', FILE, '# top\n[DEFAULT]\nbantime = 1h\n').length, 0);
});
