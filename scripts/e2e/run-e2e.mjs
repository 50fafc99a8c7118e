// Runs the real-VS-Code end-to-end tests (out/test/e2e/*.test.js) with node's test runner, apart from
// the unit suite (scripts/run-tests.mjs skips /e2e/). `npm run test:e2e` builds and packages first.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = join('out', 'test', 'e2e');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.js')).map((f) => join(dir, f)).sort() : [];
if (!files.length) {
  console.error(`no end-to-end tests under ${dir} (did \`npx tsc -b\` run?)`);
  process.exit(1);
}
rmSync(join('test-results', 'e2e-pids'), { force: true });
const started = Date.now();
// One file at a time: each drives its own code-server and Chromium on a 2-core machine.
// The overall cap keeps a hung workbench from holding CI: 10 minutes, as issue #7 asks.
const res = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  timeout: 10 * 60_000,
  killSignal: 'SIGKILL',
});
// Last resort when a test process died before its after() hook: kill what is left of the code-server
// process groups it started, and only processes of those groups whose command line is code-server's
// (Chromium exits by itself when its Playwright pipe closes).
const pidFile = join('test-results', 'e2e-pids');
if (existsSync(pidFile)) {
  const groups = new Set(readFileSync(pidFile, 'utf8').split('\n').map(Number).filter((n) => n > 0));
  for (const entry of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (groups.has(pgrp) && cmd.includes('code-server')) {
        process.kill(Number(entry), 'SIGKILL');
        console.error(`killed leftover code-server process ${entry}`);
      }
    } catch {
      // the process ended meanwhile
    }
  }
  rmSync(pidFile, { force: true });
}
console.log(`end-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and logs in test-results/e2e/`);
if (res.error) console.error(`end-to-end run stopped: ${res.error.message}`);
process.exit(res.status ?? 1);
