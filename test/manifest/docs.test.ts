import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { createEngine } from '../../server/src/plugins';
import { DIST, REPO_ROOT } from '../helpers/paths';

const rules = createEngine().registry.all;

test('every registered rule has a doc page with why, bad, good and fix', () => {
  const missing: string[] = [];
  for (const r of rules) {
    const p = path.join(REPO_ROOT, 'docs', 'rules', `${r.id}.md`);
    if (!fs.existsSync(p)) {
      missing.push(`${r.id}: no docs/rules/${r.id}.md`);
      continue;
    }
    const text = fs.readFileSync(p, 'utf8');
    if (!text.startsWith(`# ${r.id} ${r.slug}`)) missing.push(`${r.id}: first line must be "# ${r.id} ${r.slug}"`);
    for (const h of ['## Why', '## Bad', '## Good', '## Fix']) if (!text.includes(h)) missing.push(`${r.id}: no "${h}" section`);
  }
  assert.deepEqual(missing, []);
});

test('every doc page belongs to a registered rule', () => {
  const ids = new Set(rules.map((r) => r.id));
  const pages = fs.readdirSync(path.join(REPO_ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
  assert.deepEqual(pages.filter((p) => !ids.has(p.replace(/\.md$/, ''))), []);
});

test("README's rule table is the registry's (npm run docs)", () => {
  assert.ok(fs.existsSync(path.join(DIST, 'cli.js')));
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'gen-rule-docs.mjs'), '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
});
