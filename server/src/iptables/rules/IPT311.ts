import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { edit, tokRange } from './util';

/** `-p icmp` in ip6tables is protocol 1, which never appears in IPv6: ICMPv6 is protocol 58. */
export const IPT311: Rule<IptModel> = {
  meta: { id: 'IPT311', slug: 'icmp-in-ip6tables', severity: 'warning', title: '-p icmp in ip6tables (never matches IPv6)', fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const c of model.commands) {
      const p = c.protocol?.value;
      if (c.family !== 6 || !p || !/^(icmp|1)$/i.test(p.text)) continue;
      out.push({
        message: `-p ${p.text} in ip6tables never matches: IPv6 uses ICMPv6 (protocol 58). Without it, neighbour discovery and path-MTU errors are dropped by a default-deny policy. Write -p ipv6-icmp.`,
        range: tokRange(ctx, p),
        fixes: [{ title: 'Use -p ipv6-icmp', kind: 'safe', edits: [edit(ctx, p.start, p.end, 'ipv6-icmp')] }],
      });
    }
    return out;
  },
};
