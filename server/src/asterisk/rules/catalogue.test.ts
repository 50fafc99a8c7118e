/** Every AST rule carries its metadata, a doc page that agrees with it, and a test beside it. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ASTERISK_RULES } from './index';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const FIX_WORDS: Record<string, string> = { none: 'no automatic fix', safe: 'safe fix', review: 'review fix', 'safe/review': 'safe and review fixes' };

test('each AST rule has a doc page with the required sections, matching its metadata', () => {
  assert.ok(ASTERISK_RULES.length >= 50);
  for (const r of ASTERISK_RULES) {
    const page = path.join(ROOT, 'docs', 'rules', `${r.meta.id}.md`);
    const text = fs.readFileSync(page, 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[0], `# ${r.meta.id} ${r.meta.slug}`);
    // "Severity: warning." or, for case-dependent rules, "Severity: warning (error below 12 characters)."
    assert.match(lines[2], new RegExp(`^Severity: ${r.meta.severity}[. ]`), r.meta.id);
    assert.ok(lines[2].includes(FIX_WORDS[r.meta.fix ?? 'none']), r.meta.id);
    for (const h of ['## Why', '## Bad', '## Good', '## Fix']) assert.ok(text.includes(`\n${h}\n`), `${r.meta.id} lacks ${h}`);
    assert.ok(fs.existsSync(path.join(ROOT, 'server', 'src', 'asterisk', 'rules', `${r.meta.id}.test.ts`)), `${r.meta.id} has no test`);
  }
});

test('rule ids are unique and sorted in the registry list', () => {
  const ids = ASTERISK_RULES.map((r) => r.meta.id);
  assert.deepEqual(ids, [...new Set(ids)].sort());
});
