/**
 * Facts a firewall file exports to the cross-file rules (server/src/workspace/): which chains it
 * jumps to (XF003: fail2ban's f2b-<name>), which ports it accepts from whom (XF001 SIP port, XF002
 * RTP range, XF006 trusted sources). Plain data with offsets; the workspace maps them to ranges.
 */
import { analyze } from './analysis/chains';
import { packetSet } from './analysis/packets';
import type { Family, IptModel, Tok } from './model';

export interface JumpFact {
  family: Family;
  table: string;
  chain: string;
  target: string;
  tok: Tok;
  /** The target is created in this file (-N or :CHAIN). */
  defined: boolean;
}

export interface AcceptFact {
  family: Family;
  /** INPUT or OUTPUT (filter table). */
  chain: string;
  protocol?: string;
  /** Destination port ranges, inclusive; undefined: any port. */
  dports?: [number, number][];
  sports?: [number, number][];
  /** Source (INPUT) or destination (OUTPUT) addresses as written; undefined: any. */
  peers?: string[];
  /** The whole command, for ranges and related locations. */
  start: number;
  end: number;
}

export function jumpFacts(model: IptModel): JumpFact[] {
  const a = analyze(model);
  const out: JumpFact[] = [];
  for (const c of model.commands) {
    const t = c.target;
    if (!t || t.spec || t.name.dynamic || !c.chain || !c.command || !'AIR'.includes(c.command.letter)) continue;
    if (['ACCEPT', 'DROP', 'RETURN'].includes(t.name.text)) continue;
    const table = a.get(c.family, c.table);
    out.push({ family: c.family, table: c.table, chain: c.chain.text, target: t.name.text, tok: t.name, defined: !!table?.chains.get(t.name.text) && !table.undefinedUses.some((u) => u.tok === t.name) });
  }
  return out;
}

export function acceptFacts(model: IptModel): AcceptFact[] {
  const out: AcceptFact[] = [];
  for (const c of model.commands) {
    if (c.table !== 'filter' || c.target?.name.text !== 'ACCEPT' || !c.chain || !['INPUT', 'OUTPUT'].includes(c.chain.text) || !c.command || !'AI'.includes(c.command.letter)) continue;
    const ps = packetSet(c);
    const peer = c.chain.text === 'INPUT' ? c.src : c.dst;
    out.push({
      family: c.family,
      chain: c.chain.text,
      ...(ps.proto ? { protocol: ps.proto } : {}),
      ...(ps.dport ? { dports: ps.dport } : {}),
      ...(ps.sport ? { sports: ps.sport } : {}),
      ...(peer && !peer.neg ? { peers: peer.value.text.split(',') } : {}),
      start: c.start,
      end: c.end,
    });
  }
  return out;
}
