/**
 * `asteriskHarden/testFilter`: the same tester as `asterisk-harden test-filter` (fail2ban-regex
 * counts), fed from the editor: a filter file (its configuration directory is the one around its
 * filter.d), a filter name in the configured fail2ban directory, or a literal regex; a log from an
 * open buffer, a file on disk (streamed), or literal text. Honours cancellation, a time budget, and
 * reports work-done progress by bytes read.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../engine/settings';
import { formatText } from '../fail2ban/tester/report';
import { ParamError, prepareTest, type FilterTestParams } from '../fail2ban/tester/params';
import { runFilterTestInWorker } from '../fail2ban/tester/parallel';
import type { TestFilterMatch, TestFilterParams, TestFilterResult } from '../protocol';

export interface FilterTestEnv {
  settings: Settings;
  /** Absolute path of a `file:` URI, or undefined for other schemes. */
  fileOf(uri: string): string | undefined;
  /** The URI the client knows a file by (for CodeLens locations). */
  uriOf(file: string): string;
  /** The text of an open document, when the URI is open in the editor. */
  openText(uri: string): string | undefined;
  signal?: AbortSignal;
  /** Percentage of the log read so far (0-100). */
  progress?(percentage: number, message: string): void;
}

const empty = (error: string): TestFilterResult => ({ version: 1, lines: 0, matched: 0, ignored: 0, missed: 0, regexes: [], matches: [], error });

/** The filter argument prepareTest understands, and the configuration directory it resolves in. */
function filterSpec(p: TestFilterParams, env: FilterTestEnv): { filter: string; configDir: string } | string {
  const configured = env.settings.fail2ban.configDir || '/etc/fail2ban';
  const opts = p.filterOptions?.trim() ?? '';
  if (p.filter.uri) {
    const file = env.fileOf(p.filter.uri);
    if (!file) return `the filter ${p.filter.uri} is not a file on disk`;
    const dir = path.dirname(file);
    const name = path.basename(file).replace(/\.(conf|local)$/, '');
    // A filter under <dir>/filter.d/ resolves with <dir>'s common.conf and its .local overrides, as fail2ban does.
    if (path.basename(dir) === 'filter.d') return { filter: `${name}${opts}`, configDir: path.dirname(dir) };
    return { filter: `${file}${opts}`, configDir: configured };
  }
  if (p.filter.name) return { filter: `${p.filter.name.trim()}${p.filter.name.includes('[') ? '' : opts}`, configDir: configured };
  if (p.filter.regex) return { filter: p.filter.regex, configDir: configured };
  return 'no filter given (uri, name or regex)';
}

export async function runFilterTest(p: TestFilterParams, env: FilterTestEnv): Promise<TestFilterResult> {
  const spec = filterSpec(p, env);
  if (typeof spec === 'string') return empty(spec);
  let log: string;
  let logIsText: boolean;
  let size = 0;
  if (p.log.text !== undefined) {
    log = p.log.text;
    logIsText = true;
  } else if (p.log.uri) {
    const open = env.openText(p.log.uri);
    const file = env.fileOf(p.log.uri);
    if (open !== undefined) {
      log = open;
      logIsText = true;
    } else if (file) {
      log = file;
      logIsText = false;
      try {
        size = statSync(file).size;
      } catch {
        return empty(`cannot read the log ${file}`);
      }
    } else return empty(`the log ${p.log.uri} is neither open nor a file on disk`);
  } else return empty('no log given (uri or text)');

  let prep;
  try {
    prep = prepareTest({ filter: spec.filter, log, logIsText, configDir: spec.configDir, version: env.settings.fail2ban.version === '1.1' ? '1.1' : '1.0' });
  } catch (e) {
    if (e instanceof ParamError) return empty(e.message);
    throw e;
  }
  if (prep.problems.length) {
    const pr = prep.problems[0]!;
    return empty(`${pr.list} ${pr.index + 1}: ${pr.message} (at character ${pr.offset + 1})`);
  }
  // The test itself runs in a worker thread: a regex stuck in catastrophic backtracking cannot be
  // interrupted on the server's own thread, only by terminating the thread that runs it.
  const params: FilterTestParams = { filter: spec.filter, log, logIsText, configDir: spec.configDir, version: env.settings.fail2ban.version === '1.1' ? '1.1' : '1.0' };
  const run = await runFilterTestInWorker(params, {
    timeBudgetMs: p.timeBudgetMs ?? 60_000,
    ...(env.signal ? { signal: env.signal } : {}),
    onProgress: (pr) => env.progress?.(size ? Math.min(100, Math.floor((pr.bytes * 100) / size)) : 0, `${pr.lines} lines`),
  });
  if (run.status === 'error' || !run.report) {
    const why = run.status === 'timeout' ? `the test ran out of its time budget after ${run.progress.lines} lines (a regex may backtrack catastrophically)`
      : run.status === 'cancelled' ? 'the test was cancelled'
        : run.error ?? 'the tester failed';
    return { ...empty(why), lines: run.progress.lines, ...(run.status === 'timeout' ? { incomplete: 'time-budget' as const } : run.status === 'cancelled' ? { incomplete: 'cancelled' as const } : {}) };
  }
  const report = run.report;
  if (logIsText && p.log.uri) prep.header.logFile = env.fileOf(p.log.uri) ?? p.log.uri;
  const matches: TestFilterMatch[] = report.matches.map((m) => ({
    lineNumber: m.lineNumber,
    regex: m.regex,
    ...(m.host !== null && m.host !== undefined ? { host: m.host } : {}),
    ...(m.time !== null && m.time !== undefined ? { time: m.time } : {}),
    groups: Object.fromEntries(Object.entries(m.groups ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
  }));
  return {
    version: 1,
    lines: report.lines,
    matched: report.matched,
    ignored: report.ignored,
    missed: report.missed,
    regexes: prep.filter.failregex.map((x, i) => {
      const at = prep.failregexOrigins?.[i];
      return { index: i, pattern: x.pattern, hits: report.failHits[i] ?? 0, ...(at ? { source: { uri: env.uriOf(at.file), line: at.line } } : {}) };
    }),
    matches,
    report: formatText(prep.header, prep.filter, prep.templates, report),
    ...(report.stopped ? { incomplete: report.stopped === 'timeout' ? ('time-budget' as const) : ('cancelled' as const) } : {}),
  };
}
