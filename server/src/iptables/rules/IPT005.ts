import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { tokRange } from './util';

const NO_OUT = ['INPUT', 'PREROUTING'];
const NO_IN = ['OUTPUT', 'POSTROUTING'];

/** `-o` where packets have no output interface yet, `-i` where they have no input interface. */
export const IPT005: Rule<IptModel> = {
  meta: { id: 'IPT005', slug: 'interface-direction', severity: 'error', title: '-o in INPUT/PREROUTING, -i in OUTPUT/POSTROUTING' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const c of model.commands) {
      const chain = c.chain?.text ?? '';
      if (c.outIface && NO_OUT.includes(chain)) out.push({ message: `-o cannot be used in ${chain}: the output interface is not known yet there, and iptables rejects the rule ("Can't use -o with ${chain}"). Use -i for the incoming interface.`, range: tokRange(ctx, c.outIface.opt) });
      if (c.inIface && NO_IN.includes(chain)) out.push({ message: `-i cannot be used in ${chain}: locally generated packets have no input interface, and iptables rejects the rule ("Can't use -i with ${chain}"). Use -o for the outgoing interface.`, range: tokRange(ctx, c.inIface.opt) });
    }
    return out;
  },
};
