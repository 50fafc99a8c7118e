import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { TABLE_CHAINS } from '../schema/targets';
import { tokRange } from './util';

const NO_OUT = ['INPUT', 'PREROUTING'];
const NO_IN = ['OUTPUT', 'POSTROUTING'];

/**
 * Conditions on a side of the packet's path that does not exist in this chain: `-o` before routing,
 * `-i` for local packets, and the direction-bound matches (source MAC, socket owner), which the
 * kernel refuses when the rule loads (iptables --test does not see those).
 */
export const IPT005: Rule<IptModel> = {
  meta: { id: 'IPT005', slug: 'interface-direction', severity: 'error', title: '-o in INPUT/PREROUTING, -i in OUTPUT/POSTROUTING (and matches bound to one direction)' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const c of model.commands) {
      const chain = c.chain?.text ?? '';
      if (c.outIface && NO_OUT.includes(chain)) out.push({ message: `-o cannot be used in ${chain}: the output interface is not known yet there, and iptables rejects the rule ("Can't use -o with ${chain}"). Use -i for the incoming interface.`, range: tokRange(ctx, c.outIface.opt) });
      if (c.inIface && NO_IN.includes(chain)) out.push({ message: `-i cannot be used in ${chain}: locally generated packets have no input interface, and iptables rejects the rule ("Can't use -i with ${chain}"). Use -o for the outgoing interface.`, range: tokRange(ctx, c.inIface.opt) });
      if (!(TABLE_CHAINS[c.table] ?? []).includes(chain)) continue;
      for (const m of c.matches) {
        if (m.spec?.chains && !m.spec.chains.includes(chain)) {
          out.push({ message: `-m ${m.spec.name} works only in ${m.spec.chains.join(', ')}: in ${chain} the ${m.spec.name === 'mac' ? 'source MAC address' : 'local socket owner'} is not known, and the kernel refuses the rule when it loads.`, range: tokRange(ctx, m.name) });
        }
        for (const o of m.options) {
          if (o.spec?.chains && !o.spec.chains.includes(chain)) out.push({ message: `${o.spec.name} works only in ${o.spec.chains.join(', ')}: the kernel refuses it in ${chain} when the rule loads.`, range: tokRange(ctx, o.name) });
        }
      }
    }
    return out;
  },
};
