import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run } from './testkit';

const FILE = `${BASE}/filter.d/mine.conf`;

test('F2B003 fires on the same option twice in one section, with the first one related', () => {
  const f = run('F2B003', FILE, '[Definition]\nfailregex = ^a <HOST>\nFailRegex = ^b <HOST>\n');
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 2);
  assert.equal(f[0].related?.[0].range.start.line, 1);
});

test('F2B003 fires on a duplicate section in one file', () => {
  assert.equal(run('F2B003', `${BASE}/jail.local`, '[sshd]\nenabled = true\n[sshd]\nport = 22\n').length, 1);
});

test('F2B003 is silent for the same option in different sections and for multi-line values', () => {
  assert.equal(run('F2B003', FILE, '[Init]\nmaxlines = 1\n[Definition]\nmaxlines = 2\nfailregex = ^a <HOST>\n  ^b <HOST>\n').length, 0);
});
