import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { endsInDrop, hasEstablishedAccept } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import type { IptModel } from '../model';
import { insertIntoChain } from './insertRule';
import { rangeOf, tokRange } from './util';

/** A default-deny chain without the ESTABLISHED,RELATED accept drops the replies to allowed traffic. */
export const IPT303: Rule<IptModel> = {
  meta: { id: 'IPT303', slug: 'no-conntrack-accept', severity: 'error', title: 'INPUT/OUTPUT ends in DROP but accepts no ESTABLISHED,RELATED traffic', p1: true, fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const name of ['INPUT', 'OUTPUT'] as const) {
      for (const { family, chain, present } of filterChains(model, name)) {
        const drop = endsInDrop(chain);
        if (!present || !drop || hasEstablishedAccept(chain)) continue;
        if (chain.rules.some((r) => r.cmd.dynamic || (r.cmd.target && !r.cmd.target.spec && !['ACCEPT', 'DROP', 'REJECT'].includes(r.cmd.target.name.text)))) continue;
        const range = drop.entry ? rangeOf(ctx, drop.entry.cmd.start, drop.entry.cmd.end) : tokRange(ctx, chain.policy!.tok);
        out.push({
          message: `${name} (IPv${family}) ends in DROP but never accepts ESTABLISHED,RELATED packets: the replies to ${name === 'INPUT' ? 'the server\'s own connections (DNS, updates, SIP registrations)' : 'accepted inbound connections (SSH, SIP)'} are dropped. Add -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT near the top.`,
          range,
          fixes: [{ title: `Accept ESTABLISHED,RELATED in ${name}`, kind: 'safe', edits: [insertIntoChain(model, ctx, chain, family, '-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT')] }],
        });
      }
    }
    return out;
  },
};
