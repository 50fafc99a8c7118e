import * as ipaddr from 'ipaddr.js';
import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { adminPortsOf, ADMIN_PORTS } from '../analysis/ports';
import type { IptModel } from '../model';
import { edit, rangeOf } from './util';

/** `188.10.11.12/24` admits all of 188.10.11.0/24: iptables masks the host bits away silently. */
export const IPT301: Rule<IptModel> = {
  meta: { id: 'IPT301', slug: 'host-bits-set', severity: 'warning', title: 'Address with host bits under its mask (a host written with a network mask)', p1: true, fix: 'review' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const cmd of model.commands) {
      for (const a of [cmd.src, cmd.dst]) {
        if (!a || a.value.dynamic) continue;
        const raw = model.text.slice(a.value.start, a.value.end);
        if (raw !== a.value.text) continue; // quoted: offsets inside would be off, and nobody quotes addresses
        let off = 0;
        for (const item of a.value.text.split(',')) {
          const start = a.value.start + off;
          off += item.length + 1;
          const m = /^([^/]+)\/(\d+)$/.exec(item);
          if (!m) continue;
          let addr: ipaddr.IPv4 | ipaddr.IPv6;
          try {
            addr = ipaddr.parse(m[1]);
          } catch {
            continue;
          }
          const bits = Number(m[2]);
          const max = addr.kind() === 'ipv4' ? 32 : 128;
          if (bits >= max || (addr.kind() === 'ipv4') !== (cmd.family === 4)) continue;
          const net = addr.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(item) : ipaddr.IPv6.networkAddressFromCIDR(item);
          if (net.toString() === addr.toString()) continue;
          const admin = adminPortsOf(cmd);
          const accepts = cmd.target?.name.text === 'ACCEPT' && a === cmd.src;
          const severe = admin.length > 0 && accepts;
          const count = 2 ** (max - bits);
          const what = count > 1e6 ? `2^${max - bits} addresses` : `${count} addresses`;
          out.push({
            message: `${item} has host bits set: iptables silently reads it as ${net.toString()}/${bits}, so ${what} match, not just ${m[1]}${severe ? ` — and this rule opens ${admin.map((p) => ADMIN_PORTS[p]).join('/')} to all of them` : ''}. Write ${m[1]}/${max} for the one host, or ${net.toString()}/${bits} if the whole network is meant.`,
            range: rangeOf(ctx, start, start + item.length),
            ...(severe ? { severity: 'error' as const } : {}),
            fixes: [
              { title: `Restrict to the host: ${m[1]}/${max}`, kind: 'review', edits: [edit(ctx, start, start + item.length, `${m[1]}/${max}`)] },
              { title: `Write the network: ${net.toString()}/${bits}`, kind: 'review', edits: [edit(ctx, start, start + item.length, `${net.toString()}/${bits}`)] },
            ],
          });
        }
      }
    }
    return out;
  },
};
