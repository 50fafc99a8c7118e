/**
 * Reference data for the conformance test: fail2ban's own per-line results on its sample-log
 * corpus (shared/tools/fail2ban-samples-oracle.py) and the filters as fail2ban resolves them.
 * Both come from the installed fail2ban and are cached in the temp dir, keyed by its version.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FilterDefinition } from '../../server/src/fail2ban/regex/compile';

export const PYTHON = '/usr/bin/python3';
export const REPO = path.resolve(__dirname, '..', '..', '..');
export const SHARED = process.env.ASTERISK_HARDEN_SHARED ?? path.resolve(REPO, '..', 'shared');
export const TEST_NOW = 1124013600;
export const TEST_NOW_STR = '2005-08-14T10:00:00';

export interface OracleRecord {
  filter: string;
  file: string;
  lineno: number;
  variant: string;
  opts: Record<string, unknown>;
  line: string;
  line_fed?: string;
  expected: Record<string, unknown>;
  actual: [number, string | null, number | null, Record<string, unknown>][];
  ok: boolean;
}

/** The installed fail2ban's version, or undefined when it (or Debian's python3) is absent. */
export function fail2banVersion(): string | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const r = spawnSync(PYTHON, ['-c', 'import fail2ban.version as v; print(v.version)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function cacheDir(version: string): string {
  const d = path.join(os.tmpdir(), `asterisk-harden-f2b-${version}`);
  mkdirSync(d, { recursive: true });
  return d;
}

export function oracleRecords(version: string): { records: OracleRecord[]; summaries: Record<string, unknown>[] } {
  const file = path.join(cacheDir(version), 'oracle.jsonl');
  if (!existsSync(file)) {
    execFileSync(PYTHON, [path.join(SHARED, 'tools', 'fail2ban-samples-oracle.py'), '--out', file + '.tmp'], { stdio: 'ignore', cwd: os.tmpdir() });
    writeFileSync(file, readFileSync(file + '.tmp'));
  }
  const records: OracleRecord[] = [];
  const summaries: Record<string, unknown>[] = [];
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (!l) continue;
    const o = JSON.parse(l);
    if ('summary' in o) summaries.push(o);
    else records.push(o);
  }
  return { records, summaries };
}

export function filterOpts(opts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(opts).filter(([k]) => !k.startsWith('test.')));
}

/** Filters resolved by fail2ban's FilterReader, one per (name, options) pair, cached. */
export function resolvedFilters(version: string, wanted: [string, Record<string, unknown>][]): Map<string, FilterDefinition | { error: string }> {
  const file = path.join(cacheDir(version), 'filters.json');
  let cache: Record<string, FilterDefinition | { error: string }> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const key = (n: string, o: Record<string, unknown>) => n + JSON.stringify(o);
  const missing = wanted.filter(([n, o]) => !(key(n, o) in cache));
  if (missing.length) {
    const input = JSON.stringify(missing.map(([n, o]) => [n, '/etc/fail2ban', o]));
    const out = execFileSync(PYTHON, [path.join(REPO, 'test', 'fail2ban', 'resolve-filters.py')], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
    const defs = JSON.parse(out) as (FilterDefinition | { error: string })[];
    missing.forEach(([n, o], i) => (cache[key(n, o)] = defs[i]));
    writeFileSync(file, JSON.stringify(cache));
    cache = JSON.parse(readFileSync(file, 'utf8'));
  }
  return new Map(wanted.map(([n, o]) => [key(n, o), cache[key(n, o)]]));
}
