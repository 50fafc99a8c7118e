import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, fixed, keepsComments, run } from './testkit';

const FILE = `${BASE}/filter.d/mine.conf`;
const files = { [`${BASE}/filter.d/a.conf`]: '[Definition]\n', [`${BASE}/filter.d/b.conf`]: '[Definition]\n' };

test('F2B006 fires on two includes on one line; the fix puts one per line', () => {
  const text = '[INCLUDES]\n# two files\nbefore = a.conf b.conf\n[Definition]\nfailregex = ^<HOST>\n';
  const f = run('F2B006', FILE, text, files);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range.start, { line: 2, character: 9 });
  const after = fixed(FILE, text, f[0]);
  assert.equal(after, '[INCLUDES]\n# two files\nbefore = a.conf\n         b.conf\n[Definition]\nfailregex = ^<HOST>\n');
  assert.ok(keepsComments(text, after));
  assert.equal(run('F2B006', FILE, after, files).length, 0);
});

test('F2B006 is silent for one include per line', () => {
  assert.equal(run('F2B006', FILE, '[INCLUDES]\nbefore = a.conf\n  b.conf\n', files).length, 0);
});
