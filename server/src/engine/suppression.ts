import type { LineIndex } from './text';
import type { Range } from './types';

/**
 * Inline suppression comments:
 *   `; asterisk-harden disable=AST101,AST102 reason`   covers the next line that is not itself a suppression
 *   `; asterisk-harden disable-file=AST101 reason`     covers the whole file (before the first section)
 * (`#` instead of `;` in fail2ban and iptables files). Ids or slugs are accepted.
 */
export interface Suppression {
  kind: 'line' | 'file';
  /** The names as written (id or slug), with their ranges for diagnostics. */
  names: { name: string; range: Range }[];
  /** The comment's own line. */
  line: number;
  /** For `line`: the line it covers, or -1 when nothing follows; -2 for a `file` suppression placed too late. */
  coveredLine: number;
  /** Last line covered (a shell command continued with a trailing backslash spans several lines). */
  coveredEnd: number;
  reason: string;
}

const SUPPRESSION = /^(\s*)([;#])\s*asterisk-harden\s+(disable|disable-file)\s*=\s*([A-Za-z0-9_,\s-]*?)(?:\s+(\S.*))?\s*$/;

export function findSuppressions(lines: LineIndex, prefixes: string[], fileLimit: number | undefined, backslashContinuation = false): Suppression[] {
  const out: Suppression[] = [];
  // Every suppression names the tool: a document without it has none (one search instead of a
  // regular expression per line, and the document's line table is never built).
  if (!lines.text.includes('asterisk-harden')) return out;
  const pending: Suppression[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const text = lines.lineText(i);
    const m = SUPPRESSION.exec(text);
    if (m && prefixes.includes(m[2])) {
      const kind = m[3] === 'disable-file' ? 'file' : 'line';
      const listStart = text.indexOf(m[4], text.indexOf('=') + 1);
      const names: Suppression['names'] = [];
      const re = /[A-Za-z0-9_-]+/g;
      let nm: RegExpExecArray | null;
      while ((nm = re.exec(m[4]))) {
        const start = listStart + nm.index;
        names.push({ name: nm[0], range: { start: { line: i, character: start }, end: { line: i, character: start + nm[0].length } } });
      }
      const s: Suppression = { kind, names, line: i, coveredLine: -1, coveredEnd: -1, reason: m[5] ?? '' };
      // A disable-file after the first section is not honoured: it is reported as covering nothing.
      if (kind === 'file' && fileLimit !== undefined && i >= fileLimit) s.coveredLine = -2;
      out.push(s);
      if (kind === 'line') pending.push(s);
      continue;
    }
    if (pending.length) {
      let end = i;
      if (backslashContinuation) while (end + 1 < lines.lineCount && /\\$/.test(lines.lineText(end))) end++;
      for (const s of pending) {
        s.coveredLine = i;
        s.coveredEnd = end;
      }
      pending.length = 0;
    }
  }
  return out;
}
