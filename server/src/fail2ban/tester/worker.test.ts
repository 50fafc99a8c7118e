import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runFilterTestInWorker } from './parallel';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ah-worker-'));

test('a pathological regex is stopped at the time budget and the caller\'s thread stays free', async () => {
  const log = path.join(tmp, 'evil.log');
  writeFileSync(log, `${'a'.repeat(40)}!\n`.repeat(3));
  let ticks = 0;
  const timer = setInterval(() => ticks++, 20);
  const t0 = Date.now();
  const r = await runFilterTestInWorker({ filter: '^(a+)+$ <HOST>', log }, { timeBudgetMs: 600 });
  clearInterval(timer);
  assert.equal(r.status, 'timeout');
  assert.ok(Date.now() - t0 < 5000, 'stopped near the budget');
  assert.ok(ticks >= 10, `event loop kept running (${ticks} ticks)`);
});

test('cancellation stops the run; a normal run reports progress and the JSON result', async () => {
  const log = path.join(tmp, 'ok.log');
  writeFileSync(log, "[2026-11-27 10:00:06] NOTICE[1] chan_sip.c: hacking attempt detected '192.0.2.10'\n".repeat(2000));
  const ac = new AbortController();
  const p = runFilterTestInWorker({ filter: '^(a+)+$ <HOST>', log: path.join(tmp, 'evil.log') }, { signal: ac.signal, timeBudgetMs: 60_000 });
  setTimeout(() => ac.abort(), 100);
  assert.equal((await p).status, 'cancelled');
  const progress: number[] = [];
  const r = await runFilterTestInWorker({ filter: "hacking attempt detected '<HOST>'", log }, { onProgress: (x) => progress.push(x.lines) });
  assert.equal(r.status, 'done', r.error);
  assert.equal((r.json as { matched: number }).matched, 2000);
  assert.match(r.text ?? '', /Lines: 2000 lines, 0 ignored, 2000 matched, 0 missed/);
  assert.ok(progress.length >= 1 && progress[progress.length - 1] === 2000);
  const bad = await runFilterTestInWorker({ filter: '^x (<HOST>', log });
  assert.equal(bad.status, 'error');
  assert.match(bad.error ?? '', /unterminated subpattern/);
});
