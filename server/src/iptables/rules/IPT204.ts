import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { endsInDrop } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import { isUnconditional } from '../analysis/packets';
import type { IptModel } from '../model';
import { rangeOf } from './util';

/** `-A INPUT -j ACCEPT` before the DROP: the firewall lets everything in. */
export const IPT204: Rule<IptModel> = {
  meta: { id: 'IPT204', slug: 'accept-all', severity: 'error', title: 'Unconditional -j ACCEPT in INPUT before the final DROP' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const { family, chain, present } of filterChains(model, 'INPUT')) {
      if (!present) continue;
      const drop = endsInDrop(chain);
      const all = chain.rules.find((r) => r.cmd.target?.name.text === 'ACCEPT' && isUnconditional(r.ps));
      if (!all || (!drop && chain.policy?.value !== 'DROP')) continue;
      out.push({ message: `This rule accepts every IPv${family} packet in INPUT, so the DROP ${drop?.how === 'rule' ? 'rule' : 'policy'} never applies and the host is wide open. Add the condition it was meant to have (-i lo, -s, -p/--dport) or remove it.`, range: rangeOf(ctx, all.cmd.start, all.cmd.end) });
    }
    return out;
  },
};
