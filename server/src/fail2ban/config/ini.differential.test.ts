/**
 * Differential test: random configuration texts read by our reader and by fail2ban's own parser
 * (SafeConfigParserWithIncludes over Python's configparser, one python process for the batch).
 * Where Python succeeds we must report no problem and produce the same sections, keys and values;
 * where it fails we must report a problem of the same kind.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { parseIni, type IniProblemKind } from './ini';

const PY = `
import sys, json, configparser
from fail2ban.client.configparserinc import SafeConfigParserWithIncludes as S
out = []
for text in json.load(sys.stdin):
    c = S()
    try:
        c.read_string(text)
        secs = {'DEFAULT': dict(c._defaults)}
        for n in c._sections: secs[n] = dict(c._sections[n])
        out.append({'ok': secs})
    except configparser.DuplicateSectionError: out.append({'err': 'duplicate-section'})
    except configparser.DuplicateOptionError: out.append({'err': 'duplicate-option'})
    except configparser.MissingSectionHeaderError: out.append({'err': 'missing-header'})
    except configparser.ParsingError: out.append({'err': 'unparsable'})
print(json.dumps(out))
`;

const piece = fc.constantFrom(
  '[DEFAULT]', '[Definition]', '[Init]', '[a] x]', '[ b ]', 'key = v', 'Key: v', 'k=v;c', 'k = v ;c', 'k = v # h', '=v', 'k', 'a b = c', 'x : y = z',
  '  cont', '\tcont2', '    ; c', '  # c', '#c', ';c', '', '   ', 'failregex = ^<HOST>', 'FailRegex =', '  ^A <HOST>', '\u00a0nbsp = 1', 'k\u3000= v',
);
const text = fc.array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { minLength: 1, maxLength: 14 }).map((ls) => ls.join('\n'));

function ours(t: string): { ok: Record<string, Record<string, string>> } | { err: string } {
  const ini = parseIni('/t.conf', t);
  if (ini.problems.length) {
    const p = ini.problems[0];
    const kind: IniProblemKind = p.kind;
    // Anything before the first header is MissingSectionHeaderError for Python; F2B001/F2B002 tell junk from options.
    const beforeHeader = ini.firstHeaderLine === undefined || p.span.line < ini.firstHeaderLine;
    return { err: kind === 'option-before-section' || (kind === 'unparsable' && beforeHeader) ? 'missing-header' : kind };
  }
  const secs: Record<string, Record<string, string>> = { DEFAULT: {} };
  for (const s of ini.sections) {
    secs[s.name] ??= {};
    for (const o of s.options) secs[s.name][o.key] = o.value;
  }
  return { ok: secs };
}

test('differential: parseIni agrees with fail2ban\'s configparser on random texts', (t) => {
  if (spawnSync('/usr/bin/python3', ['-c', 'import fail2ban']).status !== 0) {
    t.skip('python3 with the fail2ban module absent');
    return;
  }
  const samples = fc.sample(text, { numRuns: 400, seed: 4242 });
  const r = spawnSync('/usr/bin/python3', ['-c', PY], { input: JSON.stringify(samples), encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  const theirs = JSON.parse(r.stdout) as ({ ok: Record<string, Record<string, string>> } | { err: string })[];
  const diffs: string[] = [];
  samples.forEach((s, i) => {
    const a = ours(s);
    const b = theirs[i];
    // Python raises on the first strict error; a file with several problems may name another kind first.
    if ('err' in a && 'err' in b && parseIni('/t.conf', s).problems.length > 1) return;
    if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${JSON.stringify(s)}\n ours:   ${JSON.stringify(a)}\n theirs: ${JSON.stringify(b)}`);
  });
  assert.deepEqual(diffs.slice(0, 5), []);
});
