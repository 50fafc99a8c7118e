import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { packetSet } from '../analysis/packets';
import { adminPortsOf, ADMIN_PORTS } from '../analysis/ports';
import type { IptModel } from '../model';
import { rangeOf, tokRange } from './util';

/** SSH, HTTPS, AMI or ARI accepted from any source: brute force and exploits from the whole Internet. */
export const IPT306: Rule<IptModel> = {
  meta: { id: 'IPT306', slug: 'admin-port-open', severity: 'warning', title: 'SSH/HTTPS/AMI 5038/ARI 8088 reachable from any source', p1: true },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const cmd of model.commands) {
      if (cmd.table !== 'filter' || cmd.chain?.text !== 'INPUT' || cmd.target?.name.text !== 'ACCEPT' || !cmd.command || !'AI'.includes(cmd.command.letter)) continue;
      const ps = packetSet(cmd);
      if (ps.mayMatch || cmd.dynamic || (ps.src && !ps.src.some(([, bits]) => bits === 0)) || (cmd.src?.neg) || (ps.proto && ps.proto !== 'tcp')) continue;
      if (ps.inIf === 'lo' || (ps.states && !ps.states.has('NEW'))) continue;
      const ports = adminPortsOf(cmd);
      if (!ports.length) continue;
      const portOpt = cmd.matches.flatMap((m) => m.options).find((o) => /^--(dports?|destination-ports?|ports)$/.test(o.name.text));
      out.push({
        message: `${ports.map((p) => `${ADMIN_PORTS[p]} (${p})`).join(', ')} accepted from any source: the whole Internet can try passwords and exploits on it. Restrict it with -s to the office/VPN addresses, or rate-limit it (-m recent / hashlimit) and keep fail2ban on it.`,
        range: portOpt ? tokRange(ctx, { start: portOpt.name.start, end: portOpt.args[0]?.end ?? portOpt.name.end }) : rangeOf(ctx, cmd.start, cmd.end),
      });
    }
    return out;
  },
};
