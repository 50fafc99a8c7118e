import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { hasEstablishedAccept, isFail2banChain } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import type { IptModel } from '../model';
import { rangeOf } from './util';

/** Established flows skip the fail2ban chain: a banned UDP/SIP source keeps its flow. */
export const IPT305: Rule<IptModel> = {
  meta: { id: 'IPT305', slug: 'conntrack-before-fail2ban', severity: 'warning', title: 'ESTABLISHED,RELATED accepted before the fail2ban chain jump' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const { chain } of filterChains(model, 'INPUT')) {
      const est = hasEstablishedAccept(chain);
      if (!est) continue;
      const pos = chain.rules.indexOf(est);
      const jump = chain.rules.findIndex((r, i) => i > pos && isFail2banChain(r.cmd.target?.name.text ?? ''));
      if (jump === -1) continue;
      out.push({
        message: `ESTABLISHED,RELATED packets are accepted before the jump to ${chain.rules[jump].cmd.target!.name.text}: once an attacker's flow is established (UDP SIP floods are), a ban never stops it. Put the fail2ban jump first.`,
        range: rangeOf(ctx, est.cmd.start, est.cmd.end),
        related: [{ file: ctx.doc.file, range: rangeOf(ctx, chain.rules[jump].cmd.start, chain.rules[jump].cmd.end), message: 'the fail2ban jump' }],
      });
    }
    return out;
  },
};
