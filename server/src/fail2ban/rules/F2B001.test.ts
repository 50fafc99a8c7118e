import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B001 fires on a line that is neither header, option, continuation nor comment', () => {
  const f = run('F2B001', FILE, '[sshd]\nenabled = true\nthis is junk\n');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } });
});

test('F2B001 accepts options, ":" delimiters, continuations, comments and blank lines', () => {
  const text = '# c\n[sshd]\nenabled: true\n; c2\nlogpath = /a\n    /b\n\n[asterisk]\n';
  assert.equal(run('F2B001', FILE, text).length, 0);
});
