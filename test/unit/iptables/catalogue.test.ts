import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IPT_RULES } from '../../../server/src/iptables/rules';
import { restore, run, SH, V4, V6 } from '../../../server/src/iptables/rules/ruleTesting';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const shared = process.env.ASTERISK_HARDEN_SHARED ?? path.resolve(root, '..', 'shared');
const SEV: Record<string, string> = { E: 'error', W: 'warning', I: 'info' };

test('every IPT rule of the catalogue exists with its id, slug, severity and P1 flag', (t) => {
  const spec = path.join(shared, 'spec', 'rules.md');
  if (!fs.existsSync(spec)) return t.skip('../shared/spec/rules.md absent');
  const rows = fs.readFileSync(spec, 'utf8').split('\n').filter((l) => /^\| IPT\d{3}/.test(l));
  assert.ok(rows.length >= 29);
  for (const row of rows) {
    const [, idCell, slug, sev] = row.split('|').map((c) => c.trim());
    const id = idCell.split(' ')[0];
    const rule = IPT_RULES.find((r) => r.meta.id === id);
    assert.ok(rule, `${id} missing`);
    assert.equal(rule.meta.slug, slug, id);
    assert.equal(rule.meta.severity, SEV[sev.split(' ')[0]], id);
    assert.equal(!!rule.meta.p1, idCell.includes('P1'), `${id} P1`);
  }
});

test('every IPT rule has a doc page with its title line and the four sections', () => {
  for (const r of IPT_RULES) {
    const page = path.join(root, 'docs', 'rules', `${r.meta.id}.md`);
    assert.ok(fs.existsSync(page), `${page} missing`);
    const text = fs.readFileSync(page, 'utf8');
    assert.equal(text.split('\n')[0], `# ${r.meta.id} ${r.meta.slug}`);
    assert.match(text.split('\n\n')[1], new RegExp(`^Severity: ${r.meta.severity}`));
    for (const s of ['## Why', '## Bad', '## Good', '## Fix']) assert.ok(text.includes(`\n${s}\n`), `${r.meta.id}: ${s}`);
  }
});

test('each doc page\'s Bad example fires its rule and its Good example does not', () => {
  for (const r of IPT_RULES) {
    const text = fs.readFileSync(path.join(root, 'docs', 'rules', `${r.meta.id}.md`), 'utf8');
    const [bad, good] = [...text.matchAll(/```\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    const v6 = r.meta.id === 'IPT311';
    const asFile = (block: string): [string, string] => {
      if (/^(#!|iptables|ip6tables)/.test(block)) return [`${block}\n`, SH];
      if (block.startsWith('*')) return [block.includes('COMMIT') ? `${block}\n` : `${block}\nCOMMIT\n`, v6 ? V6 : V4];
      return [restore(block), v6 ? V6 : V4];
    };
    assert.ok(run(r.meta.id, ...asFile(bad)).length > 0, `${r.meta.id}: the Bad example does not fire`);
    assert.deepEqual(run(r.meta.id, ...asFile(good)), [], `${r.meta.id}: the Good example fires`);
  }
});
