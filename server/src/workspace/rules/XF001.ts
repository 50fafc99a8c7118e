import type { CrossFileRule } from '../../engine/rule';
import type { Fix, RawFinding, RelatedLocation } from '../../engine/types';
import type { SipPort } from '../facts/asterisk';
import { cmdRange, dportTok, tokRange } from '../facts/firewall';
import { acceptsPort, boundSipPorts, carries, inputCloses, portEdit, sipRules } from '../facts/sip';
import { serverView } from '../view';
import { at } from './edits';

function describe(p: SipPort): string {
  return `${p.transport.toUpperCase()} ${p.port} (${p.what}, ${at(p.at.file, p.at.range.start.line)})`;
}

export const XF001: CrossFileRule = {
  meta: {
    id: 'XF001',
    slug: 'sip-port-mismatch',
    severity: 'warning',
    title: "Firewall opens SIP on a port Asterisk does not bind, or Asterisk's SIP port has no accept rule",
    p1: true,
    fix: 'review',
  },
  languages: ['shellscript', 'iptables', 'asterisk-conf'],
  check(file, ctx) {
    const view = serverView(file, ctx);
    const bound = boundSipPorts(view);
    if (!bound || !bound.length) return [];
    const fws = view.firewall();
    const rules = sipRules(fws);
    const out: RawFinding[] = [];
    if (file.plugin.name === 'iptables') {
      for (const r of rules) {
        if (r.fw.file !== file.doc.file) continue;
        const proto = r.ps.proto;
        const compatible = bound.filter((b) => carries(proto, b.transport));
        const stray = r.ports.filter((p) => !compatible.some((b) => b.port === p));
        if (!stray.length || !compatible.length) continue;
        const targets = [...new Set(compatible.map((b) => b.port))];
        const tok = dportTok(r.cmd);
        const range = tok ? tokRange(r.fw, tok) : cmdRange(r.fw, r.cmd);
        const fixes: Fix[] = [];
        if (stray.length === 1 && targets.length === 1 && !r.ports.includes(targets[0])) {
          const e = portEdit(r, stray[0], targets[0]);
          if (e) fixes.push({ title: `Open ${targets[0]} (the port Asterisk binds) instead of ${stray[0]}`, kind: 'review', edits: [e] });
        }
        out.push({
          message: `This rule opens ${proto ? proto.toUpperCase() + ' ' : ''}${stray.join(', ')} for SIP, but Asterisk binds SIP on ${compatible.map(describe).join('; ')}: nothing listens on ${stray.join(', ')}, and SIP to ${targets.join(', ')} gets no accept rule (calls then work only while conntrack remembers an outgoing REGISTER). Change the port to ${targets.join(' or ')}.`,
          range,
          related: compatible.map((b) => ({ file: b.at.file, range: b.at.range, message: `Asterisk binds SIP on ${b.transport.toUpperCase()} ${b.port} here` })),
          fixes,
        });
      }
      return out;
    }
    // Asterisk side: report a bound port no firewall rule admits, at the line that sets it.
    const closing = fws.filter(inputCloses);
    if (!closing.length) return [];
    for (const b of bound) {
      if (b.at.file !== file.doc.file) continue;
      const proto = b.transport === 'udp' ? 'udp' : 'tcp';
      if (acceptsPort(fws, proto, b.port)) continue;
      const stray = rules.filter((r) => carries(r.ps.proto, b.transport) && !r.ports.includes(b.port));
      const related: RelatedLocation[] = stray.map((r) => ({ file: r.fw.file, range: cmdRange(r.fw, r.cmd), message: `the firewall opens ${r.ports.join(', ')} for SIP here` }));
      if (!related.length) {
        for (const fw of closing) {
          const last = fw.model.commands[fw.model.commands.length - 1];
          if (last) related.push({ file: fw.file, range: cmdRange(fw, last), message: 'this firewall drops what it does not accept' });
        }
      }
      out.push({
        message: `Asterisk binds SIP on ${describe(b)}, but no INPUT rule of the firewall accepts new ${proto.toUpperCase()} traffic to ${b.port}${stray.length ? ` (it opens ${[...new Set(stray.flatMap((r) => r.ports))].join(', ')} instead)` : ''}: phones and trunks cannot reach it, except replies conntrack still remembers. Open ${proto.toUpperCase()} ${b.port} in the firewall.`,
        range: b.at.range,
        related,
      });
    }
    return out;
  },
};
