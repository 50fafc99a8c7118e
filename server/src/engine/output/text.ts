import type { Finding, Severity } from '../types';

const ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * `file:line:col: severity ID(slug): message`, 1-based, grouped by file with a blank line between
 * files, and a summary line. Suppressed findings are not listed; their count is.
 */
export function formatText(findings: Finding[], displayName: (file: string) => string, filesChecked: number): string {
  const shown = findings.filter((f) => !f.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const name = displayName(f.file);
    let list = byFile.get(name);
    if (!list) byFile.set(name, (list = []));
    list.push(f);
  }
  const out: string[] = [];
  for (const [name, list] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const f of list) {
      out.push(`${name}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.ruleId}(${f.slug}): ${f.message}`);
    }
    out.push('');
  }
  const counts = ORDER.map((s) => [s, shown.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const suppressed = findings.length - shown.length;
  const parts = counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : s === 'info' ? '' : 's'}`);
  const summary = shown.length === 0 ? 'no problems' : `${shown.length} problem${shown.length === 1 ? '' : 's'} (${parts.join(', ')})`;
  out.push(`${summary} in ${filesChecked} file${filesChecked === 1 ? '' : 's'} checked${suppressed ? `, ${suppressed} suppressed` : ''}`);
  return out.join('\n') + '\n';
}
