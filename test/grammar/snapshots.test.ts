/**
 * Snapshot tests over our own examples/ workspace: the tokens of every example file are compared
 * with test/grammar/snapshots/<path>.snap. After an intended grammar change, regenerate with
 * `UPDATE_GRAMMAR_SNAPSHOTS=1 node scripts/run-tests.mjs grammar/snapshots` and review the diff.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, loadGrammar, snapshot, tokenize } from './textmate';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const SNAPSHOTS = path.join(REPO_ROOT, 'test', 'grammar', 'snapshots');

/** Which grammar renders which example (shell scripts get the iptables grammar: their content is iptables commands). */
function scopeFor(rel: string): string | undefined {
  if (rel.startsWith('asterisk/') && rel.endsWith('.conf')) return 'source.asterisk-conf';
  if (rel.startsWith('fail2ban/') && /\.(conf|local)$/.test(rel)) return 'source.fail2ban-conf';
  if (rel.startsWith('firewall/') && /\.(sh|rules|v4|v6)$/.test(rel)) return 'source.iptables';
  return undefined;
}

function walk(dir: string, base = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), `${base}${e.name}/`) : [`${base}${e.name}`])).sort();
}

const files = walk(EXAMPLES).filter((f) => scopeFor(f));

test('examples/ snapshots', async (t) => {
  if (!files.length) return t.skip('examples/ absent');
  const update = process.env.UPDATE_GRAMMAR_SNAPSHOTS === '1';
  for (const rel of files) {
    const scope = scopeFor(rel)!;
    const actual = snapshot(tokenize(await loadGrammar(scope), fs.readFileSync(path.join(EXAMPLES, rel), 'utf8')), scope);
    const snapFile = path.join(SNAPSHOTS, `${rel}.snap`);
    if (update || !fs.existsSync(snapFile)) {
      if (!update) assert.fail(`missing snapshot ${path.relative(REPO_ROOT, snapFile)}; run with UPDATE_GRAMMAR_SNAPSHOTS=1 and review it`);
      fs.mkdirSync(path.dirname(snapFile), { recursive: true });
      fs.writeFileSync(snapFile, actual);
      continue;
    }
    assert.equal(actual, fs.readFileSync(snapFile, 'utf8'), `${rel}: tokens differ from ${path.relative(REPO_ROOT, snapFile)}`);
  }
});

test('no snapshot is orphaned (every .snap has its example)', (t) => {
  if (!files.length) return t.skip('examples/ absent');
  const snaps = walk(SNAPSHOTS).map((s) => s.replace(/\.snap$/, ''));
  assert.deepEqual(snaps.filter((s) => !files.includes(s)), []);
});
