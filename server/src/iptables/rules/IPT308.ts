import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { endsInDrop } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import { mayAllow } from '../analysis/packets';
import type { IptModel } from '../model';
import { rangeOf, tokRange } from './util';

const ESSENTIALS: [string, number, string][] = [['udp', 53, 'DNS over UDP'], ['tcp', 53, 'DNS over TCP (large answers, DNSSEC, SRV/NAPTR)'], ['udp', 123, 'NTP']];

/** Default-deny OUTPUT that forgets DNS or NTP: name resolution and the clock (TLS, SIP digest) break. */
export const IPT308: Rule<IptModel> = {
  meta: { id: 'IPT308', slug: 'outbound-essentials-blocked', severity: 'warning', title: 'OUTPUT default-deny without DNS (udp and tcp 53) or NTP' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const { family, chain, present } of filterChains(model, 'OUTPUT')) {
      const drop = endsInDrop(chain);
      if (!present || !drop || chain.rules.some((r) => r.cmd.dynamic)) continue;
      const accepts = chain.rules.filter((r) => r.cmd.target?.name.text === 'ACCEPT' && r.ps.outIf !== 'lo');
      const missing = ESSENTIALS.filter(([p, port]) => !accepts.some((r) => mayAllow(r.ps, p, port)));
      if (!missing.length) continue;
      out.push({ message: `OUTPUT (IPv${family}) ends in DROP without allowing ${missing.map((m) => `${m[2]}, ${m[0]} ${m[1]}`).join('; ')}. Add the accepts (to your resolvers and time servers) or these lookups fail.`, range: drop.entry ? rangeOf(ctx, drop.entry.cmd.start, drop.entry.cmd.end) : tokRange(ctx, chain.policy!.tok) });
    }
    return out;
  },
};
