/**
 * The fail2ban-regex equivalent: runs a compiled filter over a log and counts as fail2ban-regex
 * counts (lines, matched, ignored, missed, hits per regex, date template hits).
 *
 * Speed: the log is streamed in chunks (memory flat in its size). For single-line filters whose
 * failregexes have necessary literals, one regex scan over each chunk finds the candidate lines;
 * only those go through the full pipeline (date, prefregex, failregexes). Every other line is
 * missed by construction and only has its date template counted.
 */
import { isAscii } from 'node:buffer';
import { open } from 'node:fs/promises';
import { candidateLiterals, literalSets } from '../regex/literals';
import type { CompiledFilter } from '../regex/compile';
import type { DateTemplate } from '../dates/templates';
import { LINE_BEGIN } from '../dates/templates';
import { FilterRunner, type Groups } from './filterRunner';
import { DateHitCounter } from './dateHits';

export interface MatchRecord {
  lineNumber: number;
  regex: number;
  host: string | null;
  time: number | null;
  groups: Groups;
}

export interface TestReport {
  lines: number;
  matched: number;
  ignored: number;
  missed: number;
  prefregexHits: number;
  failHits: number[];
  ignoreHits: number[];
  dateHits: number[];
  matches: MatchRecord[];
  missedLines: string[];
  ignoredLines: string[];
  matchedLines: string[];
  elapsedMs: number;
  /** Stopped early (cancelled or out of time budget). */
  stopped?: 'cancelled' | 'timeout';
  /** Whether the candidate-line scan was used. */
  fastPath: boolean;
}

export interface TestOptions {
  now?: number;
  defaultTz?: number;
  /** Keep every match (JSON output). */
  collectMatches?: boolean;
  /** Missed/ignored lines kept for printing (fail2ban-regex: maxlines + 1, unless --print-all-*). */
  keepLines?: number;
  printAllMatched?: boolean;
  /** Disable the candidate scan (every line through the pipeline). */
  noFastPath?: boolean;
  onProgress?: (linesDone: number, bytesDone: number) => void;
  signal?: AbortSignal;
  deadline?: number;
  chunkSize?: number;
}

/** How many characters may precede the date cut, for all templates (Infinity: unknown). */
function maxPreCut(templates: DateTemplate[]): number {
  let max = 0;
  for (const t of templates) {
    const src = t.pyRegex.replace(/^\(\?[a-zA-Z]+\)/, '');
    if (src.startsWith('^(?:\\W{0,2})?(') && t.flags & LINE_BEGIN) max = Math.max(max, 2);
    else if (src.startsWith('^(') && !src.startsWith('^(?')) continue; // the cut starts the line
    else return Infinity;
  }
  return max;
}

const escRe = (s: string) => s.replace(/[\\^$.|?*+()[\]{}/]/g, '\\$&');

export function emptyReport(filter: CompiledFilter, templates: DateTemplate[]): TestReport {
  return {
    lines: 0, matched: 0, ignored: 0, missed: 0, prefregexHits: 0,
    failHits: filter.failregex.map(() => 0), ignoreHits: filter.ignoreregex.map(() => 0), dateHits: templates.map(() => 0),
    matches: [], missedLines: [], ignoredLines: [], matchedLines: [], elapsedMs: 0, fastPath: false,
  };
}

/** Adds a part's counts to a total; the part's line numbers start after `lineOffset` lines. */
export function mergeReport(total: TestReport, part: TestReport, lineOffset: number, keep: number): void {
  total.lines += part.lines;
  total.matched += part.matched;
  total.ignored += part.ignored;
  total.missed += part.missed;
  total.prefregexHits += part.prefregexHits;
  part.failHits.forEach((n, i) => (total.failHits[i] += n));
  part.ignoreHits.forEach((n, i) => (total.ignoreHits[i] += n));
  part.dateHits.forEach((n, i) => (total.dateHits[i] += n));
  for (const m of part.matches) total.matches.push({ ...m, lineNumber: m.lineNumber + lineOffset });
  for (const l of part.missedLines) if (total.missedLines.length < keep) total.missedLines.push(l);
  for (const l of part.ignoredLines) if (total.ignoredLines.length < keep) total.ignoredLines.push(l);
  total.matchedLines.push(...part.matchedLines);
  total.fastPath ||= part.fastPath;
}

export class FilterTester {
  report: TestReport;
  private runner: FilterRunner;
  private counter: DateHitCounter;
  private scan: RegExp | undefined;
  private scanPending = false;
  lineNo = 0;
  readonly keep: number;
  private t0 = Date.now();
  constructor(readonly filter: CompiledFilter, readonly templates: DateTemplate[], readonly opts: TestOptions = {}) {
    this.runner = new FilterRunner(filter, templates, { now: opts.now ?? Date.now() / 1000, defaultTz: opts.defaultTz });
    this.report = emptyReport(filter, templates);
    this.counter = new DateHitCounter(templates, this.report.dateHits);
    this.keep = opts.keepLines ?? filter.maxlines + 1;
    if (!opts.noFastPath && filter.maxlines <= 1) {
      const regexes = filter.failregex.map((r) => r.expanded);
      // lines an ignoreregex alone would mark ignored must be looked at too
      if (filter.ignoreregex.length && filter.ignoreregex.length < filter.failregex.length - 2) regexes.push(...filter.ignoreregex.map((r) => r.expanded));
      this.scanRegexes = regexes;
      this.scanPending = regexes.length > 0;
    }
  }

  private scanRegexes: string[] = [];
  /** Necessary literal sets of the prefregex: a line lacking one cannot match it. */
  private prefSets: string[][] = [];

  /** Chooses the scan literals on the first text seen (their frequency there decides). */
  private prepareScan(sample: string): void {
    this.scanPending = false;
    const maxPre = maxPreCut(this.templates);
    const lits = candidateLiterals(this.scanRegexes, maxPre, sample.slice(0, 1 << 18));
    if (this.filter.prefregex) this.prefSets = literalSets(this.filter.prefregex.expanded, maxPre);
    if (lits && lits.length) {
      this.scan = new RegExp(lits.map(escRe).join('|'), 'g');
      this.report.fastPath = true;
    }
  }

  /** One full line (no newline) through the pipeline, counted as fail2ban-regex counts it. */
  private full(line: string): void {
    const r = this.report;
    const res = this.runner.processLine(line);
    this.counter.record(res.dateTemplate);
    if (res.prefMatched) r.prefregexHits++;
    for (const i of res.ignoredBy) r.ignoreHits[i]++;
    let ignored = res.ignoredBy.length > 0;
    let matched = false;
    for (const e of res.entries) {
      r.failHits[e.index]++;
      if (e.nofail) ignored = true;
      else {
        matched = true;
        if (this.opts.collectMatches) r.matches.push({ lineNumber: this.lineNo, regex: e.index, host: e.fid, time: e.time, groups: e.groups });
      }
    }
    if (ignored) {
      r.ignored++;
      if (r.ignoredLines.length < this.keep) r.ignoredLines.push(line);
    } else if (matched) {
      r.matched++;
      if (this.opts.printAllMatched) r.matchedLines.push(line);
    } else this.missed(line);
  }

  private missed(line: string): void {
    this.report.missed++;
    if (this.report.missedLines.length < this.keep) this.report.missedLines.push(line);
  }

  /** Feeds complete lines: `text` holds whole lines, each ending with `\n` (the last one may not when `final`). */
  feed(text: string): void {
    const r = this.report;
    let cands: number[] | undefined;
    if (this.scanPending) this.prepareScan(text);
    if (this.scan) {
      cands = [];
      const re = this.scan;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        cands.push(text.lastIndexOf('\n', m.index) + 1);
        const nl = text.indexOf('\n', m.index);
        if (nl < 0) break;
        re.lastIndex = nl + 1;
      }
    }
    let ci = 0;
    let pos = 0;
    const n = text.length;
    while (pos < n) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = n;
      this.lineNo++;
      let end = nl;
      while (end > pos && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 10)) end--;
      if (end > pos && text.charCodeAt(pos) !== 35 /* # */) {
        r.lines++;
        if (!cands) this.full(text.slice(pos, end));
        else {
          while (ci < cands.length && cands[ci] < pos) ci++;
          if (ci < cands.length && cands[ci] === pos) this.full(text.slice(pos, end));
          else if (this.filter.prefregex) {
            const line = text.slice(pos, end);
            if (this.prefSets.every((set) => set.some((l) => line.includes(l)))) {
              const pm = this.runner.prefregexMatches(line);
              this.counter.record(pm.dateTemplate);
              if (pm.matched) r.prefregexHits++;
            } else this.counter.count(text, pos, end);
            r.missed++;
            if (r.missedLines.length < this.keep) r.missedLines.push(line);
          } else {
            this.counter.count(text, pos, end);
            r.missed++;
            if (r.missedLines.length < this.keep) r.missedLines.push(text.slice(pos, end));
          }
        }
      }
      pos = nl + 1;
    }
  }

  /** Feeds one part of a log on its own: returns its counts (line numbers from 1) and how many physical lines it held. */
  feedPart(text: string): { report: TestReport; physLines: number } {
    const saved = this.report;
    const savedLine = this.lineNo;
    this.report = emptyReport(this.filter, this.templates);
    this.counter.hits = this.report.dateHits;
    this.lineNo = 0;
    try {
      this.feed(text);
      return { report: this.report, physLines: this.lineNo };
    } finally {
      this.report = saved;
      this.counter.hits = saved.dateHits;
      this.lineNo = savedLine;
    }
  }

  /** Whether a second thread may take parts of the log (no state carried between lines). */
  get splittable(): boolean {
    const all = [...this.filter.failregex, ...(this.filter.prefregex ? [this.filter.prefregex] : [])];
    return this.filter.maxlines <= 1 && !all.some((r) => r.groupNames.includes('mlfid'));
  }

  finish(): TestReport {
    this.report.elapsedMs = Date.now() - this.t0;
    return this.report;
  }

  /** True when the caller should stop (cancelled or past the time budget). */
  shouldStop(): boolean {
    if (this.opts.signal?.aborted) {
      this.report.stopped = 'cancelled';
      return true;
    }
    if (this.opts.deadline !== undefined && Date.now() > this.opts.deadline) {
      this.report.stopped = 'timeout';
      return true;
    }
    return false;
  }
}

/**
 * Streams a log file through the tester. As fail2ban-regex reads files, a last line without a
 * newline is not counted.
 */
export async function testFile(tester: FilterTester, file: string): Promise<TestReport> {
  const fh = await open(file, 'r');
  try {
    const size = tester.opts.chunkSize ?? 1 << 22;
    let buf = Buffer.allocUnsafe(size);
    let carry = 0; // bytes of an unfinished line kept at the start of buf
    let done = 0;
    for (;;) {
      if (carry === buf.length) {
        // a line longer than the buffer: grow (only as long as that line)
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const { bytesRead } = await fh.read(buf, carry, buf.length - carry, null);
      if (bytesRead === 0) break;
      done += bytesRead;
      const filled = carry + bytesRead;
      // cut at the last newline byte: a UTF-8 sequence never contains 0x0a, so both parts decode whole
      const last = buf.lastIndexOf(10, filled - 1);
      if (last < 0) {
        carry = filled;
        continue;
      }
      const view = buf.subarray(0, last + 1);
      // feed may hand part of the text to another thread and return a promise (parallel.ts)
      await (tester.feed(isAscii(view) ? view.toString('latin1') : view.toString('utf8')) as unknown);
      buf.copy(buf, 0, last + 1, filled);
      carry = filled - last - 1;
      tester.opts.onProgress?.(tester.report.lines, done);
      if (tester.shouldStop()) break;
    }
  } finally {
    await fh.close();
  }
  return tester.finish();
}

/** A log given as text (one line, or several separated by newlines): every line counts. */
export function testText(tester: FilterTester, text: string): TestReport {
  tester.feed(text.endsWith('\n') ? text : text + '\n');
  return tester.finish();
}
