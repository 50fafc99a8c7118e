/** Test helpers for the filter rules: a filter file in an in-memory filter.d. */
import { BASE, run } from './testkit';
import type { Finding } from '../../engine/types';

export const FILTER = `${BASE}/filter.d/myfilter.conf`;

/** Findings of `ruleId` on a filter file with this `[Definition]` body. */
export function onFilter(ruleId: string, body: string, files: Record<string, string> = {}): { text: string; findings: Finding[] } {
  const text = `# test filter\n[Definition]\n${body}`;
  return { text, findings: run(ruleId, FILTER, text, files) };
}

/** The text a finding underlines. */
export function underlined(text: string, f: Finding): string {
  const lines = text.split('\n');
  return lines[f.range.start.line].slice(f.range.start.character, f.range.end.line === f.range.start.line ? f.range.end.character : undefined);
}
