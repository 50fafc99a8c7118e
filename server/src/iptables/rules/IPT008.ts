import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { TABLE_CHAINS } from '../schema/targets';
import { tokRange } from './util';

/** Targets used where the kernel refuses them: DROP in nat, DNAT outside nat, tcp-reset without -p tcp. */
export const IPT008: Rule<IptModel> = {
  meta: { id: 'IPT008', slug: 'target-table', severity: 'error', title: 'DROP/REJECT in nat, DNAT/SNAT outside nat or their chains, tcp-reset without -p tcp' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const c of model.commands) {
      const t = c.target;
      if (!t?.spec || !c.chain || c.chain.dynamic || !['A', 'I', 'R'].includes(c.command?.letter ?? '')) continue;
      const spec = t.spec;
      if (spec.tables && !spec.tables.includes(c.table)) {
        const why = spec.name === 'DROP' && c.table === 'nat' ? 'the nat table is not for filtering (iptables: "the use of DROP is therefore inhibited")' : `${spec.name} works only in the ${spec.tables.join('/')} table${spec.tables.length > 1 ? 's' : ''}`;
        out.push({ message: `${spec.name} in table ${c.table}: ${why}. The kernel refuses the rule. ${spec.tables.includes('nat') ? `Use -t nat.` : 'Filter in the filter table.'}`, range: tokRange(ctx, t.name) });
        continue;
      }
      const builtin = (TABLE_CHAINS[c.table] ?? []).includes(c.chain.text);
      if (spec.chains && builtin && !spec.chains.includes(c.chain.text)) {
        out.push({ message: `${spec.name} cannot be used in ${c.chain.text} (only ${spec.chains.join(', ')}): the kernel refuses the rule when it loads.`, range: tokRange(ctx, t.name) });
        continue;
      }
      const rw = t.options.find((o) => o.spec?.name === '--reject-with');
      const proto = c.protocol && !c.protocol.neg ? c.protocol.value.text.toLowerCase() : '';
      if (rw && /^tcp-(reset|rst)$/.test(rw.args[0]?.text ?? '') && proto !== 'tcp' && proto !== '6' && !c.protocol?.value.dynamic) {
        out.push({ message: `--reject-with ${rw.args[0].text} needs -p tcp: a TCP reset only answers TCP, and the kernel refuses the rule when it loads (iptables --test does not see it). Add -p tcp or use an ICMP reject type.`, range: tokRange(ctx, rw.args[0]) });
      }
    }
    return out;
  },
};
