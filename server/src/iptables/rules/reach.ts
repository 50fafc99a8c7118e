/** Walks each chain's rules in order for the reachability rules (IPT201–IPT204). */
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

export function shadows(model: IptModel): Shadow[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const out: Shadow[] = [];
  for (const table of analyze(model).tables) {
    for (const chain of table.chains.values()) {
      const rules = chain.rules;
      for (let j = 1; j < rules.length; j++) {
        const b = rules[j];
        for (let i = 0; i < j; i++) {
          const a = rules[i];
          if (!isTerminal(a.cmd) || !a.cmd.target) continue;
          if (isUnconditional(a.ps)) {
            out.push({ table, chain, entry: b, by: a, kind: 'after-catch-all' });
            break;
          }
          if (!covers(a.ps, b.ps)) continue;
          const same = a.cmd.target.name.text === b.cmd.target?.name.text;
          out.push({ table, chain, entry: b, by: a, kind: same ? 'redundant' : 'shadowed' });
          break;
        }
      }
    }
  }
  cache.set(model, out);
  return out;
}

export function lineOf(model: IptModel, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < model.text.length; i++) if (model.text[i] === '\n') n++;
  return n;
}
