/**
 * The real iptables as an oracle: `iptables-restore --test` on the default backend (nft here),
 * `iptables-legacy-restore --test`, and a real commit inside a throw-away network namespace
 * (`unshare -n`), which alone sees kernel-checked errors (tcp-reset, DNAT in filter, undefined
 * chains on nft). A file is "rejected" when any available oracle rejects it.
 */
import { spawnSync } from 'node:child_process';

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
