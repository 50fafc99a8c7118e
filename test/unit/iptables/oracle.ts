/**
 * The real iptables as an oracle: `iptables-restore --test` on the default backend (nft here),
 * `iptables-legacy-restore --test`, and a real commit inside a throw-away network namespace
 * (`unshare -n`), which alone sees kernel-checked errors (tcp-reset, DNAT in filter, undefined
 * chains on nft). A file is "rejected" when any available oracle rejects it.
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

function run(cmd: string[], input: string): { ok: boolean; out: string } | undefined {
  const r = spawnSync(cmd[0], cmd.slice(1), { input, encoding: 'utf8', timeout: 15000, env: { ...process.env, XTABLES_LOCKFILE: '/tmp/asterisk-harden-xtables.lock' } });
  if (r.error) return undefined;
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}

let available: { test: boolean; legacy: boolean; commit: boolean } | undefined;

/** Which oracles work on this machine (root is needed for the legacy backend and the netns commit). */
export function oracles(): { test: boolean; legacy: boolean; commit: boolean } {
  if (available) return available;
  const probe = '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n';
  available = {
    test: run(['iptables-restore', '--test'], probe)?.ok ?? false,
    legacy: run(['iptables-legacy-restore', '--test'], probe)?.ok ?? false,
    commit: run(['unshare', '-n', 'iptables-restore'], probe)?.ok ?? false,
  };
  return available;
}

export function judge(restoreText: string, family: 4 | 6): OracleResult {
  const o = oracles();
  const p = family === 6 ? 'ip6tables' : 'iptables';
  const runs: [string, string[]][] = [];
  if (o.test) runs.push([`${p}-restore --test`, [`${p}-restore`, '--test']]);
  if (o.legacy) runs.push([`${p}-legacy-restore --test`, [`${p}-legacy-restore`, '--test']]);
  if (o.commit) runs.push([`unshare -n ${p}-restore`, ['unshare', '-n', `${p}-restore`]]);
  const res: OracleResult = { rejected: false, by: [], messages: [] };
  for (const [name, cmd] of runs) {
    const r = run(cmd, restoreText);
    if (r && !r.ok) {
      res.rejected = true;
      res.by.push(name);
      res.messages.push(r.out.split('\n')[0]);
    }
  }
  return res;
}

/**
 * `judge` for many files at once: one shell per oracle runs them in turn (the netns commit uses one
 * throw-away namespace; iptables-restore replaces each table it loads, so files do not see each other).
 */
export function judgeAll(files: { text: string; family: 4 | 6 }[]): OracleResult[] {
  const o = oracles();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ah-iptables-'));
  try {
    const names = files.map((f, i) => {
      const name = path.join(dir, `${i}.v${f.family}`);
      fs.writeFileSync(name, f.text);
      return name;
    });
    const results: OracleResult[] = files.map(() => ({ rejected: false, by: [], messages: [] }));
    const kinds: [string, boolean, (p: string) => string, string[]][] = [
      ['restore --test', o.test, (p) => `${p}-restore --test`, []],
      ['legacy-restore --test', o.legacy, (p) => `${p}-legacy-restore --test`, []],
      ['restore (netns commit)', o.commit, (p) => `${p}-restore`, ['unshare', '-n']],
    ];
    for (const [label, ok, cmd, prefix] of kinds) {
      if (!ok) continue;
      const script = names.map((n, i) => `${cmd(files[i].family === 6 ? 'ip6tables' : 'iptables')} '${n}' >/dev/null 2>'${n}.err'; echo "$?"`).join('\n');
      const r = spawnSync(prefix[0] ?? 'sh', [...prefix.slice(1), ...(prefix.length ? ['sh'] : []), '-c', script], { encoding: 'utf8', timeout: 120000, env: { ...process.env, XTABLES_LOCKFILE: path.join(dir, 'xtables.lock') } });
      const codes = (r.stdout ?? '').trim().split('\n');
      names.forEach((n, i) => {
        if (codes[i] !== '0') {
          results[i].rejected = true;
          results[i].by.push(label);
          results[i].messages.push((fs.existsSync(`${n}.err`) ? fs.readFileSync(`${n}.err`, 'utf8') : 'no output').split('\n')[0]);
        }
      });
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
