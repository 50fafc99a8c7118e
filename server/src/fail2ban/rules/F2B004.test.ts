import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, fixed, run } from './testkit';

const FILE = `${BASE}/filter.d/mine.conf`;

test('F2B004 fires on " # comment" after a value and the fix moves it to its own line', () => {
  const text = '[Definition]\nfailregex = ^A <HOST> # catches A\n            ^B <HOST>  # and B\n';
  const f = run('F2B004', FILE, text);
  assert.equal(f.length, 2);
  assert.deepEqual(f[0].range.start, { line: 1, character: 22 });
  const once = fixed(FILE, text, f[0]);
  assert.equal(once, '[Definition]\n# catches A\nfailregex = ^A <HOST>\n            ^B <HOST>  # and B\n');
  const twice = fixed(FILE, text, f[1]);
  assert.equal(twice, '[Definition]\nfailregex = ^A <HOST> # catches A\n            # and B\n            ^B <HOST>\n');
  assert.equal(run('F2B004', FILE, twice).length, 1);
});

test('F2B004 is silent for ";" comments, "#" glued to text and full-line comments', () => {
  assert.equal(run('F2B004', FILE, '[Definition]\n# full\nfailregex = ^A <HOST> ; fine\n  ^B #\\d+ <HOST>\n').length, 0);
});
