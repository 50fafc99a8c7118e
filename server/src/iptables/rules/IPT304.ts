import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { hasEstablishedAccept } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import type { IptModel } from '../model';
import { rangeOf } from './util';

const LATE = 5;

/** Every RTP packet (about 50 per second per call direction) walks the rules before the ESTABLISHED accept. */
export const IPT304: Rule<IptModel> = {
  meta: { id: 'IPT304', slug: 'conntrack-late', severity: 'info', title: 'The ESTABLISHED,RELATED accept comes after many rules' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const name of ['INPUT', 'OUTPUT'] as const) {
      for (const { chain } of filterChains(model, name)) {
        const est = hasEstablishedAccept(chain);
        const pos = est ? chain.rules.indexOf(est) : -1;
        if (!est || pos < LATE) continue;
        out.push({ message: `The ESTABLISHED,RELATED accept is rule ${pos + 1} of ${name}: every packet of an established flow (RTP is ~50 packets/s per call direction) first walks ${pos} rules. Move it up, right after the loopback accept and the fail2ban jump.`, range: rangeOf(ctx, est.cmd.start, est.cmd.end) });
      }
    }
    return out;
  },
};
