/**
 * Differential test of the `%(x)s` layer: random sections whose values reference each other, read with
 * fail2ban's parser (`get` with BasicInterpolationWithName, `sec/opt`, `default/opt`, `known/opt`,
 * `__name__`, `%%`) and with MergedConfig.get. Values must agree, or both must fail with the same kind.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { parseIni } from './ini';
import { MergedConfig, type InterpolationError } from './merge';

const PY = `
import sys, json, configparser
from fail2ban.client.configparserinc import SafeConfigParserWithIncludes as S
out = []
for text in json.load(sys.stdin):
    c = S()
    res = {}
    try:
        c.read_string(text)
    except Exception as e:
        out.append({'read': type(e).__name__}); continue
    for sec in ['DEFAULT'] + list(c._sections):
        keys = list(c._defaults) if sec == 'DEFAULT' else list(c._sections[sec])
        for k in keys:
            try: res[sec + '|' + k] = {'v': c.get(sec, k)}
            except configparser.InterpolationSyntaxError: res[sec + '|' + k] = {'e': 'syntax'}
            except configparser.InterpolationMissingOptionError: res[sec + '|' + k] = {'e': 'missing'}
            except configparser.InterpolationDepthError: res[sec + '|' + k] = {'e': 'depth'}
    out.append(res)
print(json.dumps(out))
`;

const ref = fc.constantFrom('%(a)s', '%(b)s', '%(A)s', '%(s2/a)s', '%(default/b)s', '%(known/a)s', '%(__name__)s', '%(nope)s', '%%', '%', '%(', 'x', ' y ', '<a>');
const value = fc.array(ref, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
const section = fc.record({ name: fc.constantFrom('DEFAULT', 's1', 's2'), a: fc.option(value), b: fc.option(value) });
const text = fc.array(section, { minLength: 1, maxLength: 4 }).map((secs) => {
  // Unique section names per text: fail2ban refuses duplicate sections in one file (tested elsewhere).
  const seen = new Set<string>();
  return secs
    .filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)))
    .map((s) => `[${s.name}]\n${s.a !== null ? `a = ${s.a}\n` : ''}${s.b !== null ? `b = ${s.b}\n` : ''}`)
    .join('');
});

test('differential: %(x)s interpolation agrees with fail2ban\'s configparser', (t) => {
  if (spawnSync('/usr/bin/python3', ['-c', 'import fail2ban']).status !== 0) {
    t.skip('python3 with the fail2ban module absent');
    return;
  }
  const samples = fc.sample(text, { numRuns: 300, seed: 99 });
  const r = spawnSync('/usr/bin/python3', ['-c', PY], { input: JSON.stringify(samples), encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  const theirs = JSON.parse(r.stdout) as Record<string, { v?: string; e?: string }>[];
  const diffs: string[] = [];
  let compared = 0;
  samples.forEach((s, i) => {
    const ini = parseIni('/t.conf', s);
    const cfg = new MergedConfig(['/t.conf'], [ini]);
    for (const [key, want] of Object.entries(theirs[i])) {
      const [sec, opt] = key.split('|');
      const errs: InterpolationError[] = [];
      const v = cfg.get(sec, opt, new Map(), errs);
      const got = errs.length ? { e: errs[0].kind } : { v: v?.text };
      compared++;
      if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`${JSON.stringify(s)} ${key}: ours ${JSON.stringify(got)} theirs ${JSON.stringify(want)}`);
    }
  });
  assert.deepEqual(diffs.slice(0, 5), []);
  assert.ok(compared > 300, `${compared} values compared`);
});
