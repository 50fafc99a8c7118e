import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { endsInDrop } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import type { IptModel } from '../model';
import { rangeOf } from './util';

/** A restrictive IPv4 firewall with nothing for IPv6 leaves every service open over IPv6. */
export const IPT309: Rule<IptModel> = {
  meta: { id: 'IPT309', slug: 'no-ipv6-rules', severity: 'warning', title: 'Restrictive IPv4 rules and no ip6tables counterpart' },
  check(model, ctx) {
    if (model.families.has(6)) return [];
    if (model.form === 'restore' && siblingV6(ctx.doc.file).some((f) => ctx.fs.readFile(f) !== undefined)) return [];
    const out: RawFinding[] = [];
    for (const { chain, present } of filterChains(model, 'INPUT')) {
      const drop = endsInDrop(chain);
      if (!present || !drop) continue;
      const first = model.commands.find((c) => c.command);
      out.push({ message: 'This firewall restricts IPv4 only: on a dual-stack host SSH, SIP and every other service stay reachable over IPv6. Add the same policy with ip6tables (plus -p ipv6-icmp -j ACCEPT for neighbour discovery), e.g. in rules.v6.', range: first ? rangeOf(ctx, first.start, first.end) : ctx.lines.lineRange(0) });
    }
    return out;
  },
};

function siblingV6(file: string): string[] {
  const out: string[] = [];
  if (/\.v4$/.test(file)) out.push(file.replace(/\.v4$/, '.v6'));
  if (/iptables/.test(file)) out.push(file.replace(/iptables(?!.*iptables)/, 'ip6tables'));
  if (/ipv4/.test(file)) out.push(file.replace(/ipv4(?!.*ipv4)/, 'ipv6'));
  return out;
}
