/**
 * A standalone entry for `test-filter` (benchmarks, and until the CLI dispatcher lists the command):
 * `node out/server/src/cli/testFilterMain.js FILTER LOG`.
 */
import { testFilterCommand } from './testFilter';

void testFilterCommand
  .run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  })
  .then((code) => {
    process.exitCode = code;
  });
