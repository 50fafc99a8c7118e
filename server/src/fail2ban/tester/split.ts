/**
 * A large log on both cores (the CLI). The log is cut into chunks of whole lines; the first thread
 * takes them from the front, in order, as the sequential run does; a worker thread takes them from
 * the back. The worker counts a chunk only in bulk (bulkChunk.ts) from the state the first thread is
 * in once it is `bulkReady` (the last date template, anchored, wins on every line of the chunk): such
 * a count does not depend on anything earlier in the log. When the threads meet, the first thread
 * merges the worker's chunks in file order, each only if it is itself in that state at that point,
 * and reads any other chunk itself. So the result is the sequential run's, whatever the log holds;
 * a log the worker cannot count in bulk costs the first thread the chunks the worker gave back.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FilterTestParams } from './params';
import { prepareTest } from './params';
import { emptyReport, FilterTester, mergeReport, type TestOptions, type TestReport } from './run';
import { LineChunkReader } from './readLog';
import { workerScript } from './parallel';

export interface BulkPart {
  report: TestReport;
  physLines: number;
  hits: number;
}

export interface SplitOptions {
  /** Chunk size in bytes (default 512 KiB). */
  chunkBytes?: number;
  /** Smaller logs are read by one thread (default 4 MiB): a worker costs more than it saves. */
  minBytes?: number;
  /**
   * Once it has told the worker where to start, the first thread waits until the worker is ready
   * before taking more chunks. Tests use it so that the worker's part is exercised on small logs.
   */
  waitForWorker?: boolean;
}

/** The worker's job (worker.ts); `split-start` follows with the template to assume (-1: nothing to do). */
export interface SplitRequest {
  type: 'split';
  params: FilterTestParams;
  file: string;
  chunkBytes: number;
  chunks: number;
  claims: Int32Array;
  tester: Pick<TestOptions, 'collectMatches' | 'keepLines' | 'printAllMatched' | 'chunkSize' | 'version'>;
}

/** Claims the next chunk from the front or the back; -1 when the two ends met. One Int32: front << 16 | back. */
export function claimChunk(claims: Int32Array, fromFront: boolean): number {
  for (;;) {
    const v = Atomics.load(claims, 0);
    const f = v >>> 16;
    const b = v & 0xffff;
    if (f >= b) return -1;
    const nv = fromFront ? ((f + 1) << 16) | b : (f << 16) | (b - 1);
    if (Atomics.compareExchange(claims, 0, v, nv) === v) return fromFront ? f : b - 1;
  }
}

function chunkBounds(reader: LineChunkReader, size: number, chunkBytes: number, chunks: number): (k: number) => number {
  return (k) => (k >= chunks ? size : reader.lineStartAtOrAfter(k * chunkBytes, size));
}

/**
 * The worker of a split run, started as early as the caller knows the log and the options (the CLI:
 * before it compiles the filter itself), so that its start overlaps the first thread's.
 */
export class SplitWorker {
  readonly parts = new Map<number, BulkPart>();
  readonly claims = new Int32Array(new SharedArrayBuffer(4));
  readonly chunkBytes: number;
  readonly chunks: number;
  readonly ready: Promise<void>;
  readonly done: Promise<void>;
  private readonly worker: Worker;
  constructor(file: string, size: number, params: FilterTestParams, tester: SplitRequest['tester'], chunkBytes = 1 << 19) {
    while (Math.ceil(size / chunkBytes) > 0x7fff) chunkBytes *= 2;
    this.chunkBytes = chunkBytes;
    this.chunks = Math.ceil(size / chunkBytes);
    this.claims[0] = this.chunks; // front 0, back `chunks`
    const worker = (this.worker = new Worker(workerScript()));
    let ready: () => void = () => undefined;
    this.ready = new Promise<void>((resolve) => (ready = resolve));
    this.done = new Promise<void>((resolve) => {
      worker.on('message', (m: { type: string; chunk: number; part: BulkPart }) => {
        if (m.type === 'split-part') this.parts.set(m.chunk, m.part);
        else if (m.type === 'split-ready') ready();
        else if (m.type === 'split-done') resolve();
      });
      // a worker that fails leaves its chunks to the first thread
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
    worker.postMessage({ type: 'split', params, file, chunkBytes, chunks: this.chunks, claims: this.claims, tester } satisfies SplitRequest);
  }

  /** Lets the worker take chunks from the back, counting from the state with last template t (-1: none). */
  start(template: number): void {
    this.worker.postMessage({ type: 'split-start', template });
  }

  stop(): void {
    void this.worker.terminate();
  }
}

/** The options a split run's worker needs from the first thread's tester. */
export function splitTesterOptions(opts: TestOptions, keep: number): SplitRequest['tester'] {
  const { collectMatches, printAllMatched, chunkSize, version } = opts;
  return { collectMatches, keepLines: keep, printAllMatched, chunkSize, version };
}

/**
 * Streams a log file through `tester` on two threads (see above); params rebuild the filter in the
 * worker, which `opts.worker` may have started already (then params must be those it was given).
 */
export async function testFileSplit(tester: FilterTester, file: string, params: FilterTestParams, opts: SplitOptions & { worker?: SplitWorker } = {}): Promise<TestReport> {
  const fd = openSync(file, 'r');
  let worker = opts.worker;
  try {
    const size = fstatSync(fd).size;
    const reader = new LineChunkReader(fd, tester.opts.chunkSize);
    const feed = (text: string, done: number, plain: boolean) => {
      tester.feed(text, plain);
      tester.opts.onProgress?.(tester.report.lines, done);
      return tester.shouldStop();
    };
    if (size < (opts.minBytes ?? 4 << 20) || !tester.splittable) {
      await reader.read(0, size, feed);
      return tester.finish();
    }
    worker ??= new SplitWorker(file, size, params, splitTesterOptions(tester.opts, tester.keep), opts.chunkBytes);
    const { claims, chunks } = worker;
    const bound = chunkBounds(reader, size, worker.chunkBytes, chunks);
    let template = -1;
    let next = 0;
    for (let k = claimChunk(claims, true); k >= 0 && !tester.report.stopped; k = claimChunk(claims, true)) {
      await reader.read(bound(k), bound(k + 1), feed);
      next = k + 1;
      if (template < 0 && tester.bulkReady) {
        template = tester.lastTemplate;
        worker.start(template);
        if (opts.waitForWorker) await Promise.race([worker.ready, worker.done]);
      }
    }
    if (template < 0) worker.start(-1);
    await worker.done;
    let byWorker = 0;
    for (; next < chunks && !tester.report.stopped; next++) {
      const part = worker.parts.get(next);
      if (part && tester.bulkReady && tester.lastTemplate === template) {
        tester.mergeBulkPart(part);
        byWorker++;
      } else await reader.read(bound(next), bound(next + 1), feed);
    }
    tester.report.split = { chunks, byWorker };
    return tester.finish();
  } finally {
    closeSync(fd);
    worker?.stop();
  }
}

/** The worker's side: chunks from the back, each counted in bulk from the state `template` or given back. */
export async function runSplitWorker(req: SplitRequest, started: Promise<number>, post: (m: unknown) => void): Promise<void> {
  const prep = prepareTest({ ...req.params, logIsText: true, log: '' });
  const tester = new FilterTester(prep.filter, prep.templates, { now: prep.now, defaultTz: prep.defaultTz, ...req.tester });
  post({ type: 'split-ready' });
  const template = await started;
  if (template < 0) return post({ type: 'split-done' });
  tester.assumeBulkState(template);
  const fd = openSync(req.file, 'r');
  try {
    const size = fstatSync(fd).size;
    const reader = new LineChunkReader(fd, req.tester.chunkSize);
    const bound = chunkBounds(reader, size, req.chunkBytes, req.chunks);
    for (let k = claimChunk(req.claims, false); k >= 0; k = claimChunk(req.claims, false)) {
      const chunk: BulkPart = { report: emptyReport(prep.filter, prep.templates), physLines: 0, hits: 0 };
      let ok = true;
      await reader.read(bound(k), bound(k + 1), (text, _done, plain) => {
        const p = plain ? tester.feedBulkPart(text) : undefined;
        if (!p) return !(ok = false);
        mergeReport(chunk.report, p.report, chunk.physLines, tester.keep);
        chunk.physLines += p.physLines;
        chunk.hits += p.hits;
        return false;
      });
      if (ok) post({ type: 'split-part', chunk: k, part: chunk });
    }
  } finally {
    closeSync(fd);
  }
  post({ type: 'split-done' });
}
