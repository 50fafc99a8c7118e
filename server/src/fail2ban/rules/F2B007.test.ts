import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run } from './testkit';

const FILE = `${BASE}/filter.d/mine.conf`;

test('F2B007 fires on an include that does not exist', () => {
  const f = run('F2B007', FILE, '[INCLUDES]\nbefore = mine-common.conf\n[Definition]\nfailregex = ^<HOST>\n');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range, { start: { line: 1, character: 9 }, end: { line: 1, character: 25 } });
});

test('F2B007 is silent for existing includes and optional .local includes', () => {
  const files = { [`${BASE}/filter.d/mine-common.conf`]: '[DEFAULT]\n' };
  assert.equal(run('F2B007', FILE, '[INCLUDES]\nbefore = mine-common.conf\nafter = mine.local\n', files).length, 0);
});
