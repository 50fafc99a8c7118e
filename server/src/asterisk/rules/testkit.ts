/** Test helpers for the AST rule tests (not used by the product). */
import { applyEdits, check, type CheckOptions } from '../../engine/testing';
import type { Finding } from '../../engine/types';
import { asteriskPlugin } from '../plugin';

export const ETC = '/etc/asterisk';

/** Findings of one rule on `text` checked as `/etc/asterisk/<name>`. */
export function run(ruleId: string, name: string, text: string, opts: CheckOptions = {}): Finding[] {
  return check([asteriskPlugin], `${ETC}/${name}`, text, { language: 'asterisk-conf', ...opts }).filter((f) => f.ruleId === ruleId);
}

/** Applies the `n`th fix of a finding to `text`. */
export function applyFix(f: Finding, text: string, n = 0): string {
  const fx = f.fixes[n];
  if (!fx) throw new Error(`finding ${f.ruleId} has no fix #${n}`);
  return applyEdits(f.file, text, fx.edits);
}

/** 1-based `line:col` of each finding. */
export function at(fs: Finding[]): string[] {
  return fs.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
}
