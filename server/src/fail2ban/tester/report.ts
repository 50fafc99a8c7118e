/**
 * fail2ban-regex's output (1.0.2 `printStats`/`printLines`) and the JSON contract of
 * `asterisk-harden test-filter --json`.
 */
import type { CompiledFilter } from '../regex/compile';
import type { DateTemplate } from '../dates/templates';
import type { TestReport } from './run';

export interface ReportHeader {
  /** `filter file : asterisk, basedir: /etc/fail2ban` or a literal regex. */
  filterName?: string;
  basedir?: string;
  literalFailregex?: string;
  literalIgnoreregex?: string;
  filterOptions?: Record<string, string>;
  datepattern?: string;
  maxlinesSet?: boolean;
  logFile?: string;
  singleLine?: string;
  lineCount?: number;
}

const shortstr = (s: string, l = 53) => (s.length > l ? s.slice(0, l - 3) + '...' : s);
const pad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function pyRepr(o: Record<string, string>): string {
  return '{' + Object.entries(o).map(([k, v]) => `'${k}': '${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(', ') + '}';
}

export function formatText(h: ReportHeader, f: CompiledFilter, templates: DateTemplate[], r: TestReport, opts: { verbose?: boolean; printAllMissed?: boolean; printAllIgnored?: boolean } = {}): string {
  const out: string[] = ['', 'Running tests', '=============', ''];
  if (h.literalFailregex !== undefined) out.push(`Use   failregex line : ${shortstr(h.literalFailregex)}`);
  else out.push(`Use   failregex filter file : ${h.filterName}, basedir: ${h.basedir}`);
  if (h.filterOptions && Object.keys(h.filterOptions).length) out.push(`Use   filter options : ${pyRepr(h.filterOptions)}`);
  if (h.literalIgnoreregex !== undefined) out.push(`Use ignoreregex line : ${shortstr(h.literalIgnoreregex)}`);
  if (f.datepattern) {
    const dp = f.datepattern.trim();
    out.push(`Use      datepattern : ${dp} : ${templates.length > 1 || dp.toUpperCase() === '{^LN-BEG}' ? 'Default Detectors' : templates[0]?.name ?? ''}`);
  }
  if (h.maxlinesSet) out.push(`Use         maxlines : ${f.maxlines}`);
  if (h.logFile !== undefined) {
    out.push(`Use         log file : ${h.logFile}`);
    out.push('Use         encoding : UTF-8');
  } else if (h.lineCount !== undefined && h.lineCount > 1) out.push(`Use      multi line : ${h.lineCount} line(s)`);
  else out.push(`Use      single line : ${shortstr(h.singleLine ?? '')}`);
  out.push('', '', 'Results', '=======', '');
  if (f.prefregex) {
    out.push(`Prefregex: ${r.prefregexHits} total`);
    out.push(`|  ${f.prefregex.expanded}`);
    out.push('`-', '');
  }
  const block = (title: string, list: { pattern: string }[], hits: number[]) => {
    out.push(`${title}: ${hits.reduce((a, b) => a + b, 0)} total`);
    if (list.some((_, i) => hits[i] || opts.verbose)) {
      out.push('|-  #) [# of hits] regular expression');
      list.forEach((x, i) => {
        if (hits[i] || opts.verbose) out.push(`|  ${pad(String(i + 1), 2)}) [${hits[i]}] ${x.pattern}`);
      });
      out.push('`-');
    }
    out.push('');
  };
  block('Failregex', f.failregex, r.failHits);
  block('Ignoreregex', f.ignoreregex, r.ignoreHits);
  out.push('Date template hits:');
  if (templates.some((_, i) => r.dateHits[i] || opts.verbose)) {
    out.push('|- [# of hits] date format');
    templates.forEach((t, i) => {
      if (r.dateHits[i] || opts.verbose) out.push(`|  [${r.dateHits[i]}] ${t.name}`);
    });
    out.push('`-');
  }
  out.push('');
  out.push(`Lines: ${r.lines} lines, ${r.ignored} ignored, ${r.matched} matched, ${r.missed} missed`);
  out.push(`[processed in ${(r.elapsedMs / 1000).toFixed(2)} sec]`);
  if (r.stopped) out.push(`[stopped early: ${r.stopped}]`);
  out.push('');
  const lines = (type: string, count: number, list: string[], all?: boolean) => {
    if (!count) return;
    if (all || count < 20) {
      out.push(`|- ${type} line(s):`);
      for (const l of list) out.push(`|  ${l}`);
      out.push('`-');
    } else out.push(`${type} line(s): too many to print.  Use --print-all-${type.toLowerCase()} to print all ${count} lines`);
  };
  if (r.matchedLines.length) lines('Matched', r.matched, r.matchedLines, true);
  lines('Ignored', r.ignored, r.ignoredLines, opts.printAllIgnored);
  lines('Missed', r.missed, r.missedLines, opts.printAllMissed);
  return out.join('\n') + '\n';
}

/** The JSON contract (version 1). `time` is a Unix time (seconds), null when the line had no date. */
export function formatJson(f: CompiledFilter, r: TestReport): string {
  return JSON.stringify({
    version: 1,
    lines: r.lines,
    matched: r.matched,
    ignored: r.ignored,
    missed: r.missed,
    regexes: f.failregex.map((x, i) => ({ index: i, pattern: x.pattern, hits: r.failHits[i] })),
    matches: r.matches.map((m) => ({ lineNumber: m.lineNumber, regex: m.regex, host: m.host, time: m.time, groups: m.groups })),
  });
}
