import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { analyze, endsInDrop, hasEstablishedAccept } from '../analysis/chains';
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
        // A user chain jumped to may hold the accept itself (one level is enough in practice).
        const table = analyze(model).get(family, 'filter');
        const viaChain = chain.rules.some((r) => {
          const sub = r.cmd.target && table?.chains.get(r.cmd.target.name.text);
          return r.cmd.dynamic || r.cmd.target?.name.dynamic || (sub && !sub.builtin && hasEstablishedAccept(sub));
        });
        if (viaChain) continue;
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
