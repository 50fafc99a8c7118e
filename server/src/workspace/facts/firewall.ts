/**
 * What the cross-file rules need from the firewall: the INPUT rules that accept traffic (ports,
 * sources, comments) and the jumps to user chains, with the file and line of each, read from the
 * iptables room's model and chain analysis (IPv4 and IPv6, shell scripts and restore files).
 */
import type { AnalysisContext, ParsedFile } from '../../engine/rule';
import type { LanguageId, Range } from '../../engine/types';
import type { LineIndex } from '../../engine/text';
import { analyze } from '../../iptables/analysis/chains';
import type { PacketSet } from '../../iptables/analysis/packets';
import type { IptCommand, IptModel, Tok } from '../../iptables/model';

export interface FirewallFile {
  file: string;
  model: IptModel;
  lines: LineIndex;
}

export function firewallFile(file: string, language: LanguageId, ctx: AnalysisContext, current?: ParsedFile): FirewallFile | undefined {
  const parsed = current && current.doc.file === file ? current : ctx.models.get(file, language);
  if (!parsed || parsed.plugin.name !== 'iptables') return undefined;
  return { file, model: parsed.model as IptModel, lines: parsed.lines };
}

export interface FwRule {
  fw: FirewallFile;
  cmd: IptCommand;
  ps: PacketSet;
}

export function tokRange(fw: FirewallFile, t: { start: number; end: number }): Range {
  return { start: fw.lines.positionAt(t.start), end: fw.lines.positionAt(t.end) };
}

/** The whole command (for `related` locations and messages). */
export function cmdRange(fw: FirewallFile, cmd: IptCommand): Range {
  return tokRange(fw, { start: cmd.start, end: cmd.end });
}

/** `-m comment --comment "…"` text, if any. */
export function commentOf(cmd: IptCommand): string | undefined {
  for (const m of cmd.matches) {
    if (m.name.text !== 'comment') continue;
    const o = m.options.find((x) => x.name.text === '--comment');
    if (o?.args[0]) return o.args[0].text;
  }
  return undefined;
}

/** INPUT rules of the filter table in evaluation order, for every family present. */
export function inputRules(fw: FirewallFile): FwRule[] {
  const out: FwRule[] = [];
  const a = analyze(fw.model);
  for (const family of fw.model.families) {
    const chain = a.get(family, 'filter')?.chains.get('INPUT');
    for (const r of chain?.rules ?? []) out.push({ fw, cmd: r.cmd, ps: r.ps });
  }
  return out;
}

export function isAccept(r: FwRule): boolean {
  return r.cmd.target?.name.text === 'ACCEPT';
}

/** The `--dport`/`--dports` argument token of a rule (the text a port fix replaces). */
export function dportTok(cmd: IptCommand): Tok | undefined {
  for (const m of cmd.matches) {
    for (const o of m.options) if (!o.neg && (o.name.text === '--dport' || o.name.text === '--dports' || o.name.text === '--destination-port' || o.name.text === '--destination-ports')) return o.args[0];
  }
  return undefined;
}

/** Jumps (and gotos) anywhere in the file, with their target token. */
export function jumps(fw: FirewallFile): { cmd: IptCommand; target: Tok }[] {
  const out: { cmd: IptCommand; target: Tok }[] = [];
  for (const cmd of fw.model.commands) {
    const letter = cmd.command?.letter;
    if (!cmd.target || cmd.target.name.dynamic || !letter || !'AIR'.includes(letter)) continue;
    out.push({ cmd, target: cmd.target.name });
  }
  return out;
}

/** Every firewall file of the server, parsed. */
export function firewallFiles(list: { file: string; language: LanguageId }[], ctx: AnalysisContext, current?: ParsedFile): FirewallFile[] {
  const out: FirewallFile[] = [];
  for (const f of list) {
    const fw = firewallFile(f.file, f.language, ctx, current);
    if (fw) out.push(fw);
  }
  if (current && current.plugin.name === 'iptables' && !out.some((f) => f.file === current.doc.file)) {
    out.push({ file: current.doc.file, model: current.model as IptModel, lines: current.lines });
  }
  return out;
}
