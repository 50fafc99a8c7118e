/**
 * The editor's entry point that keeps the tester off the language server's thread
 * (`runFilterTestInWorker`), and where the worker script is (also for split.ts).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FilterTestParams } from './params';
import type { TestReport } from './run';
import type { WorkerRequest } from './worker';

/** The worker script: the bundle's dist/filterWorker.js beside the bundle, else the compiled worker.js. */
export function workerScript(): string {
  const bundled = path.join(__dirname, 'filterWorker.js');
  return existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
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
