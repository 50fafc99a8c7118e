/**
 * What the cross-file rules need from fail2ban: the jails as fail2ban merges them (the room's
 * reader, so jail.conf/jail.d/jail.local order and `%()s` interpolation are the daemon's), the
 * iptables chains their actions create, and which jails watch Asterisk.
 */
import * as path from 'node:path';
import type { AnalysisContext, ParsedFile } from '../../engine/rule';
import type { Range } from '../../engine/types';
import { filterEnvFor } from '../../fail2ban/config/env';
import { resolveJails, type JailAction, type ResolvedJail, type ResolvedJails } from '../../fail2ban/config/jail';
import type { IniOption } from '../../fail2ban/config/ini';
import type { Fail2banModel } from '../../fail2ban/model';

/** The jails of the server's fail2ban directory (the open jail document's own view when it is one). */
export function serverJails(fail2banDir: string | undefined, ctx: AnalysisContext, current?: ParsedFile): ResolvedJails | undefined {
  if (current && current.doc.language === 'fail2ban-conf') {
    const m = current.model as Fail2banModel;
    if (m.kind === 'jail') return m.jails();
  }
  if (!fail2banDir) return undefined;
  return resolveJails(filterEnvFor(path.join(fail2banDir, 'jail.local'), ctx));
}

/** Jails fail2ban starts. */
export function enabledJails(jails: ResolvedJails | undefined): ResolvedJail[] {
  return (jails?.jails ?? []).filter((j) => j.enabled);
}

/** A jail watches Asterisk when its filter is `asterisk` (any options) or a copy named `asterisk-*`. */
export function isAsteriskJail(j: ResolvedJail): boolean {
  const f = j.filterSpec();
  return !!f && /^asterisk(?:[-_.].*)?$/i.test(f.name.trim());
}

/**
 * Actions that create an iptables chain named `f2b-<name>`: iptables.conf and its variants
 * (multiport, allports, …) and firewalld's direct-rule actions. The ipset actions match a set named
 * `f2b-<name>` from INPUT directly and create no chain; nftables actions live outside iptables.
 */
export function createsIptablesChain(a: JailAction): boolean {
  return (/^iptables(-|$)/.test(a.name) && !a.name.includes('ipset')) || /^firewallcmd-(new|multiport|allports)$/.test(a.name);
}

export interface JailChain {
  chain: string;
  jail: ResolvedJail;
  action: JailAction;
  /** Where the `name=` comes from: the action line, or the jail header when the jail name is used. */
  explicitName: boolean;
}

/**
 * The chains fail2ban creates for enabled jails: `f2b-<name>`, `name` from the action's options,
 * else the jail's name (actionreader.py). fail2ban before 0.9 used `fail2ban-<name>`; the
 * supported versions (1.0, 1.1) use `f2b-`.
 */
export function jailChains(jails: ResolvedJails | undefined): JailChain[] {
  const out: JailChain[] = [];
  for (const jail of enabledJails(jails)) {
    for (const action of jail.actions()) {
      if (action.error || !createsIptablesChain(action)) continue;
      const given = action.options.name?.trim();
      out.push({ chain: `f2b-${given || jail.name}`, jail, action, explicitName: !!given });
    }
  }
  return out;
}

/** Where an option was set (its key line), when a file set it. */
export function optionAt(opt: IniOption | undefined): { file: string; range: Range } | undefined {
  if (!opt) return undefined;
  const first = opt.lines[0];
  return { file: opt.file, range: { start: { line: opt.keySpan.line, character: opt.keySpan.start }, end: { line: first?.line ?? opt.keySpan.line, character: Math.max(first?.end ?? 0, opt.keySpan.end) } } };
}

/** The jail's own header in `file` (its last declaration there). */
export function jailHeaderIn(jail: ResolvedJail, file: string): { file: string; line: number } | undefined {
  return [...jail.declarations].reverse().find((d) => d.file === file);
}

/** The line of a jail declaration as a range (the whole header line is not known here: column 0 to the name's end). */
export function headerRange(jail: ResolvedJail, line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: jail.name.length + 2 } };
}
