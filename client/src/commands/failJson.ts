/**
 * fail2ban's inline sample tests: in a log, `# failJSON: {...}` describes the next physical line
 * (match, host, user...), as fail2ban's own test suite reads its sample logs (reference §4.1-4.2).
 * Parses the annotations and compares them with a filter test's result. Pure: no `vscode` import.
 */
import type { TestFilterResult } from '../../../server/src/protocol';

const ANNOTATION = /^#+ ?(failJSON|(?:file|filter)Options|addFILE):(.+)$/;

export interface FailJsonAnnotation {
  /** 0-based line of the `# failJSON:` comment. */
  line: number;
  /** 0-based line it describes (the next physical line). */
  target: number;
  expect?: Record<string, unknown>;
  error?: string;
}

export function hasFailJson(text: string): boolean {
  return /^#+ ?failJSON:/m.test(text);
}

export function parseFailJson(text: string): FailJsonAnnotation[] {
  const out: FailJsonAnnotation[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    const m = ANNOTATION.exec(line);
    if (!m || m[1] !== 'failJSON') return;
    try {
      const v = JSON.parse(m[2]!);
      if (!v || typeof v !== 'object' || Array.isArray(v)) out.push({ line: n, target: n + 1, error: 'failJSON must be a JSON object' });
      else out.push({ line: n, target: n + 1, expect: v as Record<string, unknown> });
    } catch (e) {
      out.push({ line: n, target: n + 1, error: `failJSON is not valid JSON: ${(e as Error).message}` });
    }
  });
  return out;
}

/**
 * The log text the filter should see: annotation and comment lines blanked (line numbers kept),
 * except lines an annotation targets, which fail2ban takes unconditionally.
 */
export function logTextForTest(text: string, annotations: FailJsonAnnotation[]): string {
  const targets = new Set(annotations.map((a) => a.target));
  return text
    .split(/\r?\n/)
    .map((line, n) => (!targets.has(n) && /^\s*#/.test(line) ? '' : line))
    .join('\n');
}

export interface FailJsonProblem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Mismatches between the annotations and what the filter did, one problem per line. */
export function checkFailJson(text: string, annotations: FailJsonAnnotation[], result: TestFilterResult): FailJsonProblem[] {
  const problems: FailJsonProblem[] = [];
  const byLine = new Map<number, TestFilterResult['matches']>();
  for (const m of result.matches) byLine.set(m.lineNumber - 1, [...(byLine.get(m.lineNumber - 1) ?? []), m]);
  const annotated = new Set<number>();
  for (const a of annotations) {
    annotated.add(a.target);
    if (a.error) {
      problems.push({ line: a.line, message: a.error, severity: 'error' });
      continue;
    }
    const exp = a.expect!;
    const got = byLine.get(a.target) ?? [];
    if (exp.match === true) {
      if (!got.length) {
        problems.push({ line: a.target, message: 'failJSON expects a match, but no failregex of the filter matched this line.', severity: 'error' });
        continue;
      }
      if (got.length > 1) problems.push({ line: a.target, message: `Several failregexes matched this line (#${got.map((g) => g.regex + 1).join(', #')}); fail2ban's sample test expects exactly one.`, severity: 'warning' });
      const m = got[0]!;
      if (typeof exp.host === 'string' && m.host !== exp.host) problems.push({ line: a.target, message: `failJSON expects host ${exp.host}, the filter found ${m.host ?? 'none'}.`, severity: 'error' });
      for (const key of ['user', 'ip4', 'ip6', 'dns']) {
        if (typeof exp[key] !== 'string') continue;
        const v = m.groups[key] ?? m.groups[key.toUpperCase()] ?? m.groups[`F-${key.toUpperCase()}`];
        if (v !== exp[key]) problems.push({ line: a.target, message: `failJSON expects ${key} ${exp[key]}, the filter found ${v ?? 'none'}.`, severity: 'error' });
      }
    } else if (got.length) {
      problems.push({ line: a.target, message: `failJSON expects no match, but failregex #${got[0]!.regex + 1} matched${got[0]!.host ? ` (host ${got[0]!.host})` : ''}.`, severity: 'error' });
    }
  }
  const lines = text.split(/\r?\n/);
  for (const [line, got] of byLine) {
    if (annotated.has(line) || /^\s*#/.test(lines[line] ?? '')) continue;
    problems.push({ line, message: `failregex #${got[0]!.regex + 1} matched this line, which has no failJSON annotation (fail2ban's sample tests require every matched line to be described).`, severity: 'warning' });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The filter an annotated log is tested against: the setting, else the file's name (fail2ban names sample logs after their filter). */
export function filterNameForLog(fileName: string, setting: string | undefined): string {
  if (setting && setting.trim()) return setting.trim();
  const base = fileName.replace(/\\/g, '/').split('/').pop()!;
  return base.replace(/\.(log|txt)$/i, '');
}
