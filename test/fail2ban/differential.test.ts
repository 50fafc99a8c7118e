/**
 * Done-when (b): logs from shared/tools/gen-asterisk-log.py (several seeds, both Asterisk date styles)
 * through `test-filter` and the real `fail2ban-regex`: the same matched lines with the same hosts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { testFilterCommand } from '../../server/src/cli/testFilter';
import { PYTHON, SHARED } from './corpus';

const GEN = path.join(SHARED, 'tools', 'gen-asterisk-log.py');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Asterisk's default logger dateformat `%b %e %T` instead of the generator's `%F %T`. */
function syslogStyle(text: string): string {
  return text.replace(/^\[(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d)\]/gm, (_, _y, m, d, t) => `[${MONTHS[Number(m) - 1]} ${String(Number(d)).padStart(2, ' ')} ${t}]`);
}

function theirs(file: string): string[] {
  const r = spawnSync('fail2ban-regex', ['-o', '<ip>\t<msg>', file, 'asterisk'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => {
    const tab = l.indexOf('\t');
    return `${l.slice(tab + 1)}\t${l.slice(0, tab)}`;
  }).sort();
}

async function ours(file: string): Promise<string[]> {
  let out = '';
  const code = await testFilterCommand.run(['--json', 'asterisk', file], { stdout: (t) => (out += t), stderr: () => undefined, cwd: path.dirname(file), env: {} });
  assert.equal(code, 0);
  const lines = readFileSync(file, 'utf8').split('\n');
  const j = JSON.parse(out) as { matches: { lineNumber: number; host: string }[] };
  return j.matches.map((m) => `${lines[m.lineNumber - 1]}\t${m.host}`).sort();
}

test('test-filter and fail2ban-regex agree on generated Asterisk logs (3 seeds x 2 date styles)', async (t) => {
  if (spawnSync('fail2ban-regex', ['--version']).status !== 0) return t.skip('fail2ban-regex absent');
  if (!existsSync(PYTHON) || !existsSync(GEN)) return t.skip('python3 or gen-asterisk-log.py absent');
  if (!existsSync('/etc/fail2ban/filter.d/asterisk.conf')) return t.skip('/etc/fail2ban/filter.d/asterisk.conf absent');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ah-diff-'));
  let compared = 0;
  for (const seed of [1, 2, 3]) {
    const iso = execFileSync(PYTHON, [GEN, '-n', '3000', '-s', String(seed)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    for (const [style, text] of [['iso', iso], ['syslog', syslogStyle(iso)]] as const) {
      const file = path.join(dir, `gen-${seed}-${style}.log`);
      writeFileSync(file, text);
      const a = await ours(file);
      const b = theirs(file);
      assert.ok(b.length > 50, `fail2ban-regex found matches in ${file}`);
      assert.deepEqual(a, b, `seed ${seed}, ${style} dates`);
      compared += a.length;
    }
  }
  t.diagnostic(`${compared} matched lines compared (line and host), 6 logs`);
});
