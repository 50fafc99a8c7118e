import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { analyze } from '../analysis/chains';
import type { IptModel } from '../model';
import { tokRange } from './util';

/** A user chain whose only rules are RETURN: jumping to it does nothing. */
export const IPT104: Rule<IptModel> = {
  meta: { id: 'IPT104', slug: 'chain-noop', severity: 'info', title: 'User chain containing only RETURN' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const t of analyze(model).tables) {
      for (const c of t.chains.values()) {
        if (c.builtin || !c.created || !c.rules.length || /^(f2b|fail2ban)-/.test(c.name)) continue;
        if (!c.rules.every((r) => r.cmd.target?.name.text === 'RETURN')) continue;
        out.push({ message: `Chain "${c.name}" only returns: the jumps to it have no effect. Add the rules it was meant to hold, or remove it and its jumps.`, range: tokRange(ctx, c.created) });
      }
    }
    return out;
  },
};
