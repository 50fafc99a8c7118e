/**
 * Both cores on one log (CLI), and the editor's entry point that keeps the tester off the
 * language server's thread (`runFilterTestInWorker`).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FilterTestParams } from './params';
import { FilterTester, mergeReport, testFile, type TestReport } from './run';
import type { WorkerRequest } from './worker';

/** The worker script: the bundle's dist/filterWorker.js beside the bundle, else the compiled worker.js. */
export function workerScript(): string {
  const bundled = path.join(__dirname, 'filterWorker.js');
  return existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
}

/**
 * Streams a file through `tester` with a worker thread taking every other chunk (the worker runs the
 * same filter, rebuilt from `params`). Parts are merged in file order as they complete, so line
 * numbers and the kept missed lines are those of a sequential run. Only for filters without
 * cross-line state (`tester.splittable`).
 */
export async function testFileParallel(tester: FilterTester, file: string, params: FilterTestParams): Promise<TestReport> {
  type Part = { report: TestReport; physLines: number };
  const worker = new Worker(workerScript());
  const init: WorkerRequest = { type: 'init', params, collectMatches: tester.opts.collectMatches, keepLines: tester.keep, printAllMatched: tester.opts.printAllMatched };
  worker.postMessage(init);
  const waiting = new Map<number, (p: Part | undefined) => void>();
  let failure: unknown;
  worker.on('message', (m: { type: string; id: number; report: TestReport; physLines: number }) => {
    if (m.type === 'part') waiting.get(m.id)?.(m);
  });
  worker.on('error', (e) => {
    failure = e;
    for (const r of waiting.values()) r(undefined);
  });
  const parts: (Part | Promise<Part | undefined> | undefined)[] = [];
  const done = new Set<number>();
  let merged = 0;
  const mergeReady = async (all: boolean) => {
    while (merged < parts.length) {
      let p = parts[merged];
      if (p instanceof Promise) {
        if (!all && !done.has(merged)) return;
        p = await p;
        if (!p) throw failure;
      }
      mergeReport(tester.report, p!.report, tester.lineNo, tester.keep);
      tester.lineNo += p!.physLines;
      parts[merged++] = undefined;
    }
  };
  let k = 0;
  const feed = tester.feed.bind(tester);
  try {
    tester.feed = async (text: string) => {
      const idx = k++;
      if (idx % 2 === 1 && !failure) {
        parts[idx] = new Promise<Part | undefined>((res) =>
          waiting.set(idx, (p) => {
            waiting.delete(idx);
            done.add(idx);
            res(p);
          }),
        );
        worker.postMessage({ type: 'part', id: idx, text } satisfies WorkerRequest);
        // at most two chunks in flight: the worker cannot fall behind by more than that
        if (waiting.size > 2) await parts[idx - 2];
      } else parts[idx] = tester.feedPart(text);
      await new Promise((r) => setImmediate(r)); // let the worker's replies in
      await mergeReady(false);
    };
    await testFile(tester, file);
    await mergeReady(true);
    return tester.finish();
  } finally {
    tester.feed = feed;
    await worker.terminate();
  }
}

export interface FilterTestProgress {
  lines: number;
  bytes: number;
}

export interface FilterTestResult {
  status: 'done' | 'cancelled' | 'timeout' | 'error';
  report?: TestReport;
  /** fail2ban-regex style text report. */
  text?: string;
  /** The JSON contract object (version 1). */
  json?: unknown;
  error?: string;
  progress: FilterTestProgress;
}

/**
 * Runs a filter test in a worker thread for the language server: progress callbacks, cancellation
 * through `signal`, and a time budget after which the thread is terminated (a regex stuck in
 * catastrophic backtracking cannot be interrupted any other way). Never rejects.
 */
export function runFilterTestInWorker(
  params: FilterTestParams,
  opts: { onProgress?: (p: FilterTestProgress) => void; signal?: AbortSignal; timeBudgetMs?: number } = {},
): Promise<FilterTestResult> {
  return new Promise((resolve) => {
    const progress: FilterTestProgress = { lines: 0, bytes: 0 };
    if (opts.signal?.aborted) return resolve({ status: 'cancelled', progress });
    const worker = new Worker(workerScript());
    let settled = false;
    const finish = (r: Omit<FilterTestResult, 'progress'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve({ ...r, progress });
    };
    const onAbort = () => finish({ status: 'cancelled' });
    opts.signal?.addEventListener('abort', onAbort);
    const budget = opts.timeBudgetMs ?? 30_000;
    const timer = setTimeout(() => finish({ status: 'timeout' }), budget);
    worker.on('message', (m: { type: string; lines?: number; bytes?: number; report?: TestReport; text?: string; json?: unknown; message?: string }) => {
      if (m.type === 'progress') {
        progress.lines = m.lines ?? 0;
        progress.bytes = m.bytes ?? 0;
        opts.onProgress?.({ ...progress });
      } else if (m.type === 'done') finish({ status: m.report?.stopped === 'timeout' ? 'timeout' : 'done', report: m.report, text: m.text, json: m.json });
      else if (m.type === 'error') finish({ status: 'error', error: m.message });
    });
    worker.on('error', (e) => finish({ status: 'error', error: String(e?.message ?? e) }));
    worker.on('exit', () => finish({ status: 'error', error: 'the tester thread stopped' }));
    worker.postMessage({ type: 'run', params, deadline: Date.now() + budget } satisfies WorkerRequest);
  });
}
