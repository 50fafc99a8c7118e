/**
 * Python's `re` classes are Unicode (`\w` = letters, numbers and `_`; `\d` = decimal digits; `\s` =
 * str.isspace(), with \x1c-\x1f and \x85 but not \ufeff; `\b` from `\w`); JavaScript's are ASCII.
 * test-filter runs a `u` translation with Python's definitions on lines where the two may differ:
 * compared here with the real fail2ban-regex on lines built to tell them apart.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { testFilterCommand } from '../../server/src/cli/testFilter';

const FILTER = [
  '[Definition]',
  'failregex = user (?P<user>\\w+) from <HOST>$',
  '            code \\d+ from <HOST>$',
  '            word\\b\\S*\\bend from <HOST>$',
  '            sep user\\sbob from <HOST>$',
  '            cls [\\w.]+ x [^\\W\\d]+ from <HOST>$',
].join('\n');

const LINES = [
  'user josé from 192.0.2.1', // \w: é is a letter
  'user user\u0663 from 192.0.2.2', // \w: ARABIC-INDIC DIGIT THREE is a number
  'code \u0661\u0662\u0663 from 192.0.2.3', // \d: Arabic-Indic digits are decimal digits
  'wordé-end from 192.0.2.4', // \b: no boundary between d and é
  'sep user\x1cbob from 192.0.2.5', // \s: Python counts \x1c as whitespace
  'sep user\ufeffbob from 192.0.2.6', // \s: JavaScript counts \ufeff as whitespace, Python does not
  'sep user\xa0bob from 192.0.2.7', // \s: both count NBSP
  'cls a.ß x Ωmega from 192.0.2.8', // [\w.] and [^\W\d] with non-ASCII letters
  'cls a.b x ab1 from 192.0.2.9', // [^\W\d] refuses the digit
  'user bob from 192.0.2.10', // plain ASCII
].map((l, i) => `2026-11-27 10:00:${String(i + 1).padStart(2, '0')} ${l}`);

test('Unicode classes: test-filter matches the lines fail2ban-regex matches (\\w, \\d, \\s, \\b, classes)', async (t) => {
  if (spawnSync('fail2ban-regex', ['--version']).status !== 0) return t.skip('fail2ban-regex absent');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ah-unicode-'));
  const filter = path.join(dir, 'unicode-filter.conf');
  const log = path.join(dir, 'unicode.log');
  writeFileSync(filter, FILTER + '\n');
  // twice over: a second copy after 30 ASCII lines also goes through the chunked per-line path
  const ascii = Array.from({ length: 30 }, (_, i) => `2026-11-27 10:01:${String(i).padStart(2, '0')} nothing to see here`);
  writeFileSync(log, [...LINES, ...ascii, ...LINES].join('\n') + '\n');
  const r = spawnSync('fail2ban-regex', ['-e', 'UTF-8', '-o', '<ip>\t<msg>', log, filter], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const theirs = r.stdout.split('\n').filter(Boolean).map((l) => l.slice(l.indexOf('\t') + 1)).sort();
  let out = '';
  const code = await testFilterCommand.run(['--json', filter, log], { stdout: (s) => (out += s), stderr: () => undefined, cwd: dir, env: {} });
  assert.equal(code, 0);
  const lines = readFileSync(log, 'utf8').split('\n');
  const ours = (JSON.parse(out) as { matches: { lineNumber: number }[] }).matches.map((m) => lines[m.lineNumber - 1]).sort();
  assert.deepEqual(ours, theirs);
  // lines 1, 2, 3, 5, 7, 8, 10 of each copy: the ASCII translation alone gets 7 of the 10 lines wrong
  assert.equal(theirs.length, 14);
});
