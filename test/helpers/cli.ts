import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { DIST } from './paths';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (a real process), in `cwd`. */
export function cli(args: string[], cwd: string, input?: string): CliRun {
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), ...args], { cwd, encoding: 'utf8', input, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
