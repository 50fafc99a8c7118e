/**
 * The filter tester's worker thread (bundled as dist/filterWorker.js). Two jobs:
 * - `run`: a whole test for the editor (progress messages, a result); the caller kills the thread
 *   on cancellation or when the time budget is spent, so a pathological regex never blocks it;
 * - `init` + `part`: the second core's share of a large log in the CLI (see parallel.ts).
 */
import { parentPort } from 'node:worker_threads';
import { ParamError, prepareTest, type FilterTestParams } from './params';
import { FilterTester, testFile, testText } from './run';
import { formatJson, formatText } from './report';

export type WorkerRequest =
  | { type: 'run'; params: FilterTestParams; deadline?: number; collectMatches?: boolean }
  | { type: 'init'; params: FilterTestParams; collectMatches?: boolean; keepLines?: number; printAllMatched?: boolean }
  | { type: 'part'; id: number; text: string };

let partTester: FilterTester | undefined;

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
  if (msg.type === 'init') {
    const prep = prepareTest({ ...msg.params, logIsText: true, log: '' });
    partTester = new FilterTester(prep.filter, prep.templates, { now: prep.now, defaultTz: prep.defaultTz, collectMatches: msg.collectMatches, keepLines: msg.keepLines, printAllMatched: msg.printAllMatched });
    return;
  }
  if (msg.type === 'part' && partTester) {
    const r = partTester.feedPart(msg.text);
    port.postMessage({ type: 'part', id: msg.id, report: r.report, physLines: r.physLines });
  }
}

if (parentPort) {
  // messages are handled one at a time, in order
  let queue = Promise.resolve();
  parentPort.on('message', (msg: WorkerRequest) => {
    queue = queue.then(() => handle(msg));
  });
}
