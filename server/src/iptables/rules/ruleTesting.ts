/** Helpers for the IPT rule tests beside each rule. Not used by the product. */
import assert from 'node:assert/strict';
import { applyEdits, check } from '../../engine/testing';
import type { Finding } from '../../engine/types';
import { iptablesPlugin } from '../plugin';

export const V4 = '/etc/iptables/rules.v4';
export const V6 = '/etc/iptables/rules.v6';
export const SH = '/srv/firewall.sh';

/** A restore file holding `body` in one table. */
export function restore(body: string, table = 'filter'): string {
  return `*${table}\n${body}\nCOMMIT\n`;
}

/** The findings of rule `id` on `text` (a restore file unless `file` ends in .sh). */
export function run(id: string, text: string, file = V4, files?: Record<string, string>): Finding[] {
  const language = file.endsWith('.sh') ? 'shellscript' as const : 'iptables' as const;
  return check([iptablesPlugin], file, text, { language, settings: { iptables: { shellScriptGlob: '**/*.sh' } }, ...(files ? { files } : {}) }).filter((f) => f.ruleId === id);
}

/** Applies fix `n` of `finding` and checks it kept every comment line; returns the new text. */
export function applyFix(text: string, finding: Finding, n = 0, file = V4): string {
  const fix = finding.fixes[n];
  assert.ok(fix, `${finding.ruleId} offers no fix #${n}`);
  const out = applyEdits(file, text, fix.edits);
  for (const line of text.split('\n')) if (line.trim().startsWith('#')) assert.ok(out.includes(line), `the fix lost the comment ${line}`);
  return out;
}

/** `line:col` (1-based) of each finding. */
export function at(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
}
