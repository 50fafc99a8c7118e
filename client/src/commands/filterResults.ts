/**
 * Turns a `asteriskHarden/testFilter` result into what the editor shows: per-line highlights with
 * the host's columns and a hover text, a fail2ban-regex-style summary, and hit counts per failregex
 * line for CodeLens. Pure: no `vscode` import.
 */
import type { TestFilterMatch, TestFilterResult } from '../../../server/src/protocol';

export interface LineHighlight {
  /** 0-based line in the log. */
  line: number;
  /** Columns of the host in the line, when known. */
  host?: { start: number; end: number };
  /** Markdown for the hover. */
  hover: string;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** UTC ISO text of an epoch-seconds time, without milliseconds when they are zero. */
export function formatTime(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString();
  return iso.replace('.000Z', 'Z');
}

export function hoverFor(match: TestFilterMatch, result: TestFilterResult): string {
  const all = result.matches.filter((m) => m.lineNumber === match.lineNumber);
  const parts: string[] = [];
  for (const m of all) {
    const rx = result.regexes.find((r) => r.index === m.regex);
    parts.push(`**fail2ban: failregex #${m.regex + 1} matched**`);
    if (rx) parts.push('```\n' + rx.pattern + '\n```');
    const facts: string[] = [];
    if (m.host !== undefined) facts.push(`host: \`${m.host}\``);
    facts.push(m.time !== undefined ? `time: ${formatTime(m.time)}` : 'time: no date found (fail2ban would use "now")');
    for (const [k, v] of Object.entries(m.groups)) if (k !== 'host') facts.push(`${escapeMd(k)}: \`${v}\``);
    parts.push(facts.map((f) => `- ${f}`).join('\n'));
  }
  return parts.join('\n\n');
}

/** One highlight per matched line (several regexes on one line share it). */
export function lineHighlights(result: TestFilterResult, lineText: (line: number) => string | undefined): LineHighlight[] {
  const seen = new Set<number>();
  const out: LineHighlight[] = [];
  for (const m of result.matches) {
    if (seen.has(m.lineNumber)) continue;
    seen.add(m.lineNumber);
    const line = m.lineNumber - 1;
    let host = m.hostRange;
    if (!host && m.host) {
      const text = lineText(line);
      const at = text?.lastIndexOf(m.host) ?? -1;
      if (at >= 0) host = { start: at, end: at + m.host.length };
    }
    out.push({ line, ...(host ? { host } : {}), hover: hoverFor(m, result) });
  }
  return out;
}

/** The fail2ban-regex-style report (the server's own when it sends one). */
export function summaryText(result: TestFilterResult, filterLabel: string, logLabel: string): string {
  if (result.report) return result.report;
  const out = ['Running tests', '=============', '', `Use   failregex filter file : ${filterLabel}`, `Use         log file : ${logLabel}`, '', 'Results', '=======', ''];
  out.push(`Failregex: ${result.matched} total`);
  out.push('|-  #) [# of hits] regular expression');
  for (const r of result.regexes) if (r.hits > 0) out.push(`|  ${String(r.index + 1).padStart(2)}) [${r.hits}] ${r.pattern}`);
  out.push('`-', '', `Ignoreregex: ${result.ignored} total`, '');
  out.push(`Lines: ${result.lines} lines, ${result.ignored} ignored, ${result.matched} matched, ${result.missed} missed`);
  if (result.incomplete) out.push('', `Stopped early (${result.incomplete === 'time-budget' ? 'time budget reached' : 'cancelled'}): the counts cover the lines read so far.`);
  if (result.error) out.push('', `Error: ${result.error}`);
  return out.join('\n') + '\n';
}

/**
 * The line of each failregex entry of a filter file, in order: the `failregex` key line (when it has
 * a value) and its indented continuation lines, skipping comments and blanks, in [Definition].
 */
export function failregexLines(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const out: number[] = [];
  let section = '';
  let inRegex = false;
  lines.forEach((line, n) => {
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!;
      inRegex = false;
      return;
    }
    if (/^\s*[#;]/.test(line) || !line.trim()) return;
    if (/^\S/.test(line)) {
      const m = /^failregex\s*[=:]\s*(.*)$/i.exec(line);
      inRegex = section === 'Definition' && !!m;
      if (inRegex && m![1]!.trim()) out.push(n);
      return;
    }
    if (inRegex) out.push(n);
  });
  return out;
}

export interface LensEntry {
  line: number;
  title: string;
}

/** A CodeLens per failregex line of `docUri`: from the server's source locations, else by position. */
export function codeLensEntries(result: TestFilterResult, docUri: string, docText: string, sameUri: (a: string, b: string) => boolean = (a, b) => a === b): LensEntry[] {
  const title = (hits: number) => `${hits} hit${hits === 1 ? '' : 's'} in the last filter test`;
  const located = result.regexes.filter((r) => r.source);
  if (located.length) return located.filter((r) => sameUri(r.source!.uri, docUri)).map((r) => ({ line: r.source!.line, title: title(r.hits) }));
  const lines = failregexLines(docText);
  return result.regexes.filter((r) => r.index < lines.length).map((r) => ({ line: lines[r.index]!, title: title(r.hits) }));
}

/** The message after "Test a Log Line…". */
export function logLineVerdict(result: TestFilterResult): string {
  if (result.error) return `The filter could not run: ${result.error}`;
  if (!result.matches.length) return result.ignored ? 'The line matched an ignoreregex: no failure counted.' : 'No failregex matched this line.';
  const m = result.matches[0]!;
  const extra = result.matches.length > 1 ? ` (and ${result.matches.length - 1} more)` : '';
  return `failregex #${m.regex + 1} matched${extra}${m.host ? `: host ${m.host}` : ''}${m.time !== undefined ? `, time ${formatTime(m.time)}` : ', no date found'}.`;
}
