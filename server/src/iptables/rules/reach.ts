/** Walks each chain's rules in order for the reachability rules (IPT201–IPT203). */
import { analyze, isTerminal, type ChainInfo, type RuleEntry, type TableInfo } from '../analysis/chains';
import { covers, disjoint, isUnconditional } from '../analysis/packets';
import type { IptModel } from '../model';

export interface Shadow {
  table: TableInfo;
  chain: ChainInfo;
  entry: RuleEntry;
  by: RuleEntry;
  /** `by` comes after `entry` (redundant because a later rule would decide the same anyway). */
  later?: boolean;
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
      laterRedundancy(table, chain, out);
    }
  }
  cache.set(model, out);
  return out;
}

/** How far ahead a rule looks for a later rule that makes it redundant (bounds the work on huge chains). */
const LOOKAHEAD = 500;

/**
 * A terminal rule is also redundant when a later, broader rule gives the same verdict and nothing in
 * between can decide otherwise for its packets (a different verdict or a jump that may overlap).
 */
function laterRedundancy(table: TableInfo, chain: ChainInfo, out: Shadow[]): void {
  const flagged = new Set(out.filter((s) => s.chain === chain).map((s) => s.entry));
  const rules = chain.rules;
  for (let i = 0; i < rules.length; i++) {
    const b = rules[i];
    const verdict = b.cmd.target?.name.text;
    if (flagged.has(b) || !isTerminal(b.cmd) || !verdict || b.cmd.dynamic) continue;
    for (let j = i + 1; j < rules.length && j <= i + LOOKAHEAD; j++) {
      const c = rules[j];
      const t = c.cmd.target;
      if (!t || (t.spec && !t.spec.terminal)) continue; // LOG, MARK: no verdict
      if (t.name.text === verdict) {
        if (covers(c.ps, b.ps)) {
          out.push({ table, chain, entry: b, by: c, kind: 'redundant', later: true });
          break;
        }
        continue;
      }
      if (!disjoint(c.ps, b.ps)) break; // another verdict, or a jump, may take some of b's packets
    }
  }
}
