/**
 * The filter tester's worker thread (bundled as dist/filterWorker.js). Two jobs:
 * - `run`: a whole test for the editor (progress messages, a result); the caller kills the thread
 *   on cancellation or when the time budget is spent, so a pathological regex never blocks it;
 * - `split` + `split-start`: the second core's share of a large log in the CLI (see split.ts).
 */
import { parentPort } from 'node:worker_threads';
import { ParamError, prepareTest, type FilterTestParams } from './params';
import { FilterTester } from './run';
import { testFile, testText } from './readLog';
import { formatJson, formatText } from './report';
import { runSplitWorker, type SplitRequest } from './split';

export type WorkerRequest =
  | { type: 'run'; params: FilterTestParams; deadline?: number; collectMatches?: boolean }
  | SplitRequest
  | { type: 'split-start'; template: number };

/** Resolves the split job's wait for the template to assume (the message may come while it prepares). */
let splitStart: (template: number) => void = () => undefined;
const splitStarted = new Promise<number>((resolve) => (splitStart = resolve));

async function handle(msg: WorkerRequest): Promise<void> {
  const port = parentPort!;
  if (msg.type === 'run') {
    try {
      const prep = prepareTest(msg.params);
      if (prep.problems.length) {
        port.postMessage({ type: 'error', message: prep.problems.map((p) => `${p.list} ${p.index + 1}: ${p.message}`).join('\n'), problems: prep.problems });
        return;
      }
      const tester = new FilterTester(prep.filter, prep.templates, {
        now: prep.now,
        defaultTz: prep.defaultTz,
        version: msg.params.version,
        collectMatches: msg.collectMatches ?? true,
        deadline: msg.deadline,
        onProgress: (lines, bytes) => port.postMessage({ type: 'progress', lines, bytes }),
      });
      const report = prep.logFile ? await testFile(tester, prep.logFile) : testText(tester, prep.logText!);
      port.postMessage({ type: 'done', report, text: formatText(prep.header, prep.filter, prep.templates, report), json: JSON.parse(formatJson(prep.filter, report)) });
    } catch (e) {
      port.postMessage({ type: 'error', message: e instanceof ParamError ? e.message : String((e as Error)?.stack ?? e) });
    }
    return;
  }
  if (msg.type === 'split') {
    try {
      await runSplitWorker(msg, splitStarted, (m) => port.postMessage(m));
    } catch {
      // the first thread reads every chunk this thread did not report
      port.postMessage({ type: 'split-done' });
    }
  }
}

if (parentPort) {
  // messages are handled one at a time, in order
  let queue = Promise.resolve();
  parentPort.on('message', (msg: WorkerRequest) => {
    if (msg.type === 'split-start') return splitStart(msg.template);
    queue = queue.then(() => handle(msg));
  });
}
