/**
 * The real iptables as an oracle: `iptables-restore --test` on the default backend (nft here),
 * `iptables-legacy-restore --test`, and a real commit inside a throw-away network namespace, which
 * alone sees kernel-checked errors (tcp-reset, DNAT in filter, undefined chains on nft). A file is
 * "rejected" when any available oracle rejects it. As root the namespace is `unshare -n`; without
 * root, everything runs inside `unshare -rn` (a user + network namespace) when the kernel allows it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface OracleResult {
  rejected: boolean;
  by: string[];
  messages: string[];
}

const LOCK = path.join(os.tmpdir(), 'asterisk-harden-xtables.lock');

function run(cmd: string[], input: string): { ok: boolean; out: string } | undefined {
  const r = spawnSync(cmd[0], cmd.slice(1), { input, encoding: 'utf8', timeout: 15000, env: { ...process.env, XTABLES_LOCKFILE: LOCK } });
  if (r.error) return undefined;
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}

/** `iptables-restore --version`, e.g. "iptables-restore v1.8.9 (nf_tables)": which backend is the default. */
export function defaultBackend(): string {
  return run(['iptables-restore', '--version'], '')?.out ?? 'absent';
}

interface Oracle {
  label: string;
  /** Namespace prefix the program runs under. */
  prefix: string[];
  program: (p: 'iptables' | 'ip6tables') => string[];
}

let available: Oracle[] | undefined;

/** The oracles that work on this machine, each with the namespace it needs. */
function available_(): Oracle[] {
  if (available) return available;
  const probe = '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n';
  const candidates: [string, string[][], (p: 'iptables' | 'ip6tables') => string[]][] = [
    ['restore --test', [[], ['unshare', '-rn']], (p) => [`${p}-restore`, '--test']],
    ['legacy-restore --test', [[], ['unshare', '-rn']], (p) => [`${p}-legacy-restore`, '--test']],
    ['restore (netns commit)', [['unshare', '-n'], ['unshare', '-rn']], (p) => [`${p}-restore`]],
  ];
  available = [];
  for (const [label, prefixes, program] of candidates) {
    const prefix = prefixes.find((pre) => run([...pre, ...program('iptables')], probe)?.ok);
    if (prefix) available.push({ label, prefix, program });
  }
  return available;
}

export function oracles(): { test: boolean; legacy: boolean; commit: boolean } {
  const a = available_().map((o) => o.label);
  return { test: a.includes('restore --test'), legacy: a.includes('legacy-restore --test'), commit: a.includes('restore (netns commit)') };
}

export function judge(restoreText: string, family: 4 | 6): OracleResult {
  return judgeAll([{ text: restoreText, family }])[0];
}

/**
 * Judges many files at once: one shell per oracle runs them in turn (the commit oracle uses one
 * throw-away namespace; iptables-restore replaces each table it loads, so files do not see each other).
 */
export function judgeAll(files: { text: string; family: 4 | 6 }[]): OracleResult[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ah-iptables-'));
  try {
    const names = files.map((f, i) => {
      const name = path.join(dir, `${i}.v${f.family}`);
      fs.writeFileSync(name, f.text);
      return name;
    });
    const results: OracleResult[] = files.map(() => ({ rejected: false, by: [], messages: [] }));
    for (const o of available_()) {
      const script = names.map((n, i) => `${o.program(files[i].family === 6 ? 'ip6tables' : 'iptables').join(' ')} '${n}' >/dev/null 2>'${n}.err'; echo "$?"`).join('\n');
      const argv = [...o.prefix, 'sh', '-c', script];
      const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 120000, env: { ...process.env, XTABLES_LOCKFILE: path.join(dir, 'xtables.lock') } });
      const codes = (r.stdout ?? '').trim().split('\n');
      names.forEach((n, i) => {
        if (codes[i] !== '0') {
          results[i].rejected = true;
          results[i].by.push(o.label);
          results[i].messages.push((fs.existsSync(`${n}.err`) ? fs.readFileSync(`${n}.err`, 'utf8') : 'no output').split('\n')[0]);
        }
      });
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
