/** Walks each chain's rules in order for the reachability rules (IPT201–IPT203). */
import { analyze, isTerminal, type ChainInfo, type RuleEntry, type TableInfo } from '../analysis/chains';
import { covers, isUnconditional } from '../analysis/packets';
import type { IptModel } from '../model';

export interface Shadow {
  table: TableInfo;
  chain: ChainInfo;
  entry: RuleEntry;
  by: RuleEntry;
  kind: 'shadowed' | 'redundant' | 'after-catch-all';
}

const cache = new WeakMap<IptModel, Shadow[]>();

/**
 * For each rule, the first earlier rule that decides every packet it matches. Only terminal rules
 * that certainly match (no may-match, nothing opaque) can decide, so those are the only candidates
 * kept; the walk is quadratic in them, which stays fast for thousands of rules (numeric compares).
 */
export function shadows(model: IptModel): Shadow[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const out: Shadow[] = [];
  for (const table of analyze(model).tables) {
    for (const chain of table.chains.values()) {
      const deciders: RuleEntry[] = [];
      let catchAll: RuleEntry | undefined;
      for (const b of chain.rules) {
        if (catchAll) {
          out.push({ table, chain, entry: b, by: catchAll, kind: 'after-catch-all' });
          continue;
        }
        const a = deciders.find((d) => covers(d.ps, b.ps));
        if (a) out.push({ table, chain, entry: b, by: a, kind: a.cmd.target!.name.text === b.cmd.target?.name.text ? 'redundant' : 'shadowed' });
        if (!isTerminal(b.cmd) || b.ps.opaque || b.ps.mayMatch) continue;
        if (isUnconditional(b.ps)) catchAll = b;
        else deciders.push(b);
      }
    }
  }
  cache.set(model, out);
  return out;
}
