/**
 * The fail2ban-regex equivalent: runs a compiled filter over a log and counts as fail2ban-regex
 * counts (lines, matched, ignored, missed, hits per regex, date template hits).
 *
 * Speed: the log is streamed in chunks (memory flat in its size). For single-line filters whose
 * failregexes have necessary literals, one regex scan over each chunk finds the candidate lines;
 * only those go through the full pipeline (date, prefregex, failregexes). Every other line is
 * missed by construction and only has its date template counted.
 */
import { candidateLiterals, escRe, frequency, literalSets, literalSetsBefore } from '../regex/literals';
import { UNICODE_SENSITIVE, type CompiledFilter } from '../regex/compile';
import type { DateTemplate } from '../dates/templates';
import { LINE_BEGIN } from '../dates/templates';
import { FilterRunner, type Groups } from './filterRunner';
import { ChunkProbe } from './chunkProbe';
import { LinePrefregex } from './linePrefregex';
import { BulkChunk, type BulkCounts } from './bulkChunk';

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
  /** Template indices in the order fail2ban-regex prints them (its detector's final order). */
  dateOrder: number[];
  matches: MatchRecord[];
  missedLines: string[];
  ignoredLines: string[];
  matchedLines: string[];
  elapsedMs: number;
  /** Stopped early (cancelled or out of time budget). */
  stopped?: 'cancelled' | 'timeout';
  /** Whether the candidate-line scan was used. */
  fastPath: boolean;
  /** A run on two threads (split.ts): how many chunks, and how many of them the worker counted. */
  split?: { chunks: number; byWorker: number };
}

export interface TestOptions {
  now?: number;
  defaultTz?: number;
  /** Keep every match (JSON output). */
  collectMatches?: boolean;
  /** Missed/ignored lines kept for printing (fail2ban-regex: 21, unless --print-all-*). */
  keepLines?: number;
  printAllMatched?: boolean;
  /** Disable the candidate scan (every line through the pipeline). */
  noFastPath?: boolean;
  onProgress?: (linesDone: number, bytesDone: number) => void;
  signal?: AbortSignal;
  deadline?: number;
  chunkSize?: number;
  /** fail2ban behaviour to reproduce (default 1.0). */
  version?: '1.0' | '1.1';
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


export function emptyReport(filter: CompiledFilter, templates: DateTemplate[]): TestReport {
  return {
    lines: 0, matched: 0, ignored: 0, missed: 0, prefregexHits: 0,
    failHits: filter.failregex.map(() => 0), ignoreHits: filter.ignoreregex.map(() => 0), dateHits: templates.map(() => 0), dateOrder: templates.map((_, i) => i),
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
  // copies: a slice of a chunk would keep the whole chunk alive
  const own = (l: string) => Buffer.from(l, 'utf8').toString('utf8');
  for (const l of part.missedLines) if (total.missedLines.length < keep) total.missedLines.push(own(l));
  for (const l of part.ignoredLines) if (total.ignoredLines.length < keep) total.ignoredLines.push(own(l));
  total.matchedLines.push(...part.matchedLines);
  total.fastPath ||= part.fastPath;
}

export class FilterTester {
  report: TestReport;
  private runner: FilterRunner;
  private probe: ChunkProbe;
  /** Detector hits when the current report started (parts report their own). */
  private hitBase: number[];
  private scan: RegExp | undefined;
  private scanPending = false;
  lineNo = 0;
  readonly keep: number;
  private t0 = Date.now();
  constructor(readonly filter: CompiledFilter, readonly templates: DateTemplate[], readonly opts: TestOptions = {}) {
    this.runner = new FilterRunner(filter, templates, { now: opts.now ?? Date.now() / 1000, defaultTz: opts.defaultTz, version: opts.version });
    this.report = emptyReport(filter, templates);
    this.probe = new ChunkProbe(templates);
    this.hitBase = templates.map(() => 0);
    // fail2ban-regex keeps up to 21 missed/ignored lines (its display limit, 20, plus one)
    this.keep = opts.keepLines ?? 21;
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
  private linePref: LinePrefregex | undefined;
  private bulk: BulkChunk | undefined;

  /** Chooses the scan literals on the first text seen (their frequency there decides). */
  private prepareScan(sample: string): void {
    this.scanPending = false;
    const maxPre = maxPreCut(this.templates);
    const lits = candidateLiterals(this.scanRegexes, maxPre, sample.slice(0, 1 << 18));
    if (this.filter.prefregex) {
      this.prefSets = literalSets(this.filter.prefregex.expanded, maxPre);
      this.linePref = new LinePrefregex(this.filter.prefregex);
    }
    this.bulk = new BulkChunk(this.filter.prefregex);
    if (lits && lits.length) {
      const alt = lits.map(escRe).join('|');
      // Failregexes (and ignoreregexes) run on the prefregex's content: a candidate line also has a
      // literal of the prefregex's part before the content, and before the failregex's literal.
      // Searching for that rarer-first pair skips most lines far faster than the literals alone.
      const gate = this.filter.prefregex && Number.isFinite(maxPre) ? this.gateLiterals(sample, maxPre) : undefined;
      this.scan = new RegExp(gate ? `(?:${gate.map(escRe).join('|')})[^\\n]*?(?:${alt})` : alt, 'g');
      this.report.fastPath = true;
      // bulk chunks scan their cut text, where literals are whole (no date to straddle)
      const bulkGate = this.filter.prefregex ? this.gateLiterals(sample, 0) : undefined;
      const bulkLits = candidateLiterals(this.scanRegexes, 0, sample.slice(0, 1 << 18));
      if (bulkGate && bulkLits) this.bulk.setGate(bulkGate, bulkLits);
    }
  }

  /** The rarest literal set of the prefregex before its content (undefined: none). */
  private gateLiterals(sample: string, maxPre: number): string[] | undefined {
    const sets = literalSetsBefore(this.filter.prefregex!.expanded, 'content', maxPre);
    let best: string[] | undefined;
    let bestN = Infinity;
    for (const set of sets) {
      const n = frequency(set, sample.slice(0, 1 << 16));
      if (n < bestN) [best, bestN] = [set, n];
    }
    return best;
  }

  /** One full line (no newline) through the pipeline, counted as fail2ban-regex counts it. */
  private full(line: string, bulkCounted = false): void {
    const r = this.report;
    const multi = this.filter.maxlines > 1;
    const before = multi ? [...this.runner.lineBuffer] : undefined;
    const res = this.runner.processLine(line);
    if (before) {
      // fail2ban-regex: buffered lines a match consumed were missed, now they count as matched
      const key = (t: readonly string[]) => t.join('\u0000');
      const after = new Set(this.runner.lineBuffer.map(key));
      for (const b of before.slice(before.length >= this.filter.maxlines ? 1 : 0)) {
        if (after.has(key(b))) continue;
        const text = b.join('');
        const k = r.missedLines.indexOf(text);
        if (k >= 0) r.missedLines.splice(k, 1);
        r.matched++;
        r.missed--;
      }
    }
    if (res.prefMatched && !bulkCounted) r.prefregexHits++; // bulk chunks count the prefregex themselves
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
  feed(text: string, plain = !UNICODE_SENSITIVE.test(text)): void {
    const r = this.report;
    if (this.scanPending) this.prepareScan(text);
    // bulk scans use the ASCII translations: only for text where they are Python's (regexFor)
    if (plain && this.bulkReady) {
      const T = this.runner.detector.lastTemplate;
      const c = this.bulk!.counts(text, this.templates[T]);
      if (c) return this.feedBulk(text, c.cands ?? this.candidates(text)!, c);
    }
    const cands = this.candidates(text);
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
            const det = this.runner.detector;
            if (this.prefSets.every((set) => set.some((l) => line.includes(l)))) {
              const quick = det.lastIsAnchored ? this.linePref!.test(this.templates[det.lastTemplate], text, pos, end) : undefined;
              if (quick !== undefined) {
                det.acceptLast(text, pos, 0, quick.dateEnd - pos);
                if (quick.matched) r.prefregexHits++;
              } else if (this.runner.prefregexMatches(line).matched) r.prefregexHits++;
            } else det.winner(this.probe.at(text, pos, end), text, pos, end);
            r.missed++;
            if (r.missedLines.length < this.keep) r.missedLines.push(line);
          } else {
            this.runner.detector.winner(this.probe.at(text, pos, end), text, pos, end);
            r.missed++;
            if (r.missedLines.length < this.keep) r.missedLines.push(text.slice(pos, end));
          }
        }
      }
      pos = nl + 1;
    }
  }

  /** Offsets of the lines the candidate scan finds in `text` (undefined: no scan, every line is one). */
  private candidates(text: string): number[] | undefined {
    if (!this.scan) return undefined;
    const cands: number[] = [];
    const re = this.scan;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      cands.push(text.lastIndexOf('\n', m.index) + 1);
      const nl = text.indexOf('\n', m.index);
      if (nl < 0) break;
      re.lastIndex = nl + 1;
    }
    return cands;
  }

  /**
   * Whether the next chunks may be counted in bulk: the missed-line list is full, lines are single,
   * and the last date template is anchored (it then wins on every line it matches).
   */
  get bulkReady(): boolean {
    return !!this.scan && !!this.bulk && this.report.missedLines.length >= this.keep && this.filter.maxlines <= 1 && this.runner.detector.lastIsAnchored;
  }

  /** The date template the next line tries first. */
  get lastTemplate(): number {
    return this.runner.detector.lastTemplate;
  }

  /**
   * Starts this tester in the state of another that is `bulkReady` with last template t: the second
   * thread of a split run (split.ts) counts the end of a log as the first thread would on reaching it.
   */
  assumeBulkState(t: number): void {
    this.runner.detector.assumeLast(t);
  }

  /**
   * One part of a log counted in bulk, on its own (line numbers from 1), or undefined when it cannot
   * be (a line the last template does not match, a `#` line, …): then nothing was counted. `hits` is
   * the number of lines the last template won, to add to the first thread's detector.
   */
  feedBulkPart(text: string): { report: TestReport; physLines: number; hits: number } | undefined {
    if (this.scanPending) this.prepareScan(text);
    if (!this.scan || !this.bulk || this.filter.maxlines > 1 || !this.runner.detector.lastIsAnchored) return undefined;
    const det = this.runner.detector;
    const T = det.lastTemplate;
    const c = this.bulk.counts(text, this.templates[T]);
    if (!c) return undefined;
    const cands = c.cands ?? this.candidates(text)!;
    const saved = this.report;
    const savedLine = this.lineNo;
    const hitsBefore = det.hits[T];
    this.report = emptyReport(this.filter, this.templates);
    this.lineNo = 0;
    try {
      this.feedBulk(text, cands, c);
      return { report: this.report, physLines: this.lineNo, hits: det.hits[T] - hitsBefore };
    } finally {
      this.report = saved;
      this.lineNo = savedLine;
    }
  }

  /** Adds a part counted by another thread's `feedBulkPart` (this tester must be `bulkReady` on the same template). */
  mergeBulkPart(part: { report: TestReport; physLines: number; hits: number }): void {
    mergeReport(this.report, part.report, this.lineNo, this.keep);
    this.lineNo += part.physLines;
    this.runner.detector.addLastHits(part.hits);
  }

  /**
   * A chunk counted in bulk (bulkChunk.ts): only candidate lines go through the pipeline; the date
   * template and prefregex counts of every line come from whole-chunk scans.
   */
  private feedBulk(text: string, cands: number[], c: BulkCounts): void {
    const r = this.report;
    const start = this.lineNo;
    let p = 0;
    let lineNo = start;
    for (const cand of cands) {
      if (this.opts.collectMatches) {
        for (let nl = text.indexOf('\n', p); nl >= 0 && nl < cand; nl = text.indexOf('\n', p)) {
          lineNo++;
          p = nl + 1;
        }
        this.lineNo = lineNo + 1;
      }
      this.full(text.slice(cand, text.indexOf('\n', cand)), true);
    }
    this.lineNo = start + c.newlines;
    r.lines += c.lines;
    r.missed += c.lines - cands.length;
    r.prefregexHits += c.prefHits;
    // the detector counted the candidates itself (the template won on each: it matched every line)
    this.runner.detector.addLastHits(c.lines - cands.length);
  }

  /** Whether a second thread may take parts of the log (no state carried between lines). */
  get splittable(): boolean {
    const all = [...this.filter.failregex, ...(this.filter.prefregex ? [this.filter.prefregex] : [])];
    return this.filter.maxlines <= 1 && !all.some((r) => r.groupNames.includes('mlfid'));
  }

  /** Date hits and order from the runner's detector (every line's winner is decided there). */
  private syncDates(): void {
    const det = this.runner.detector;
    // adds what this thread's detector counted since the last sync (parts from a worker are merged in already)
    det.hits.forEach((h, i) => (this.report.dateHits[i] += h - this.hitBase[i]));
    this.hitBase = [...det.hits];
    this.report.dateOrder = [...det.order];
  }

  finish(): TestReport {
    this.syncDates();
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
