import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { analyze, isFail2banChain } from '../analysis/chains';
import type { IptModel } from '../model';
import { tokRange } from './util';

/** A user chain nothing jumps to: its rules never see a packet. fail2ban chains are exempt (fail2ban jumps to them). */
export const IPT103: Rule<IptModel> = {
  meta: { id: 'IPT103', slug: 'chain-unreferenced', severity: 'warning', title: 'User chain created but never jumped to (fail2ban f2b-* exempt)' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const t of analyze(model).tables) {
      for (const c of t.chains.values()) {
        if (c.builtin || !c.created || c.refs.length || isFail2banChain(c.name)) continue;
        if (model.commands.some((x) => x.target?.name.dynamic)) continue;
        out.push({ message: `Chain "${c.name}" is never the target of -j or -g: its ${c.rules.length} rule(s) never see a packet. Jump to it from a built-in chain, or delete it.`, range: tokRange(ctx, c.created) });
      }
    }
    return out;
  },
};
