/**
 * The filter table's built-in chains per family, as the posture rules (IPT3xx) read them.
 */
import type { Family, IptCommand, IptModel } from '../model';
import { analyze, type ChainInfo } from './chains';

export interface FilterChain {
  family: Family;
  chain: ChainInfo;
  /** The file has rules or a declaration for this chain (posture rules stay quiet otherwise). */
  present: boolean;
}

export function filterChains(model: IptModel, name: 'INPUT' | 'OUTPUT' | 'FORWARD'): FilterChain[] {
  const out: FilterChain[] = [];
  for (const family of model.families) {
    const t = analyze(model).get(family, 'filter');
    const chain = t?.chains.get(name);
    if (!chain) continue;
    const present = !!chain.decl || model.commands.some((c) => c.family === family && c.table === 'filter' && c.chain?.text === name && c.command && 'AIP'.includes(c.command.letter));
    out.push({ family, chain, present });
  }
  return out;
}

/** A command of the same family to copy the program word from when inserting lines. */
export function sampleCommand(model: IptModel, family: Family): IptCommand | undefined {
  return model.commands.find((c) => c.family === family && c.program);
}
