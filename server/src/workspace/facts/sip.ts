/**
 * SIP as both sides see it: the ports Asterisk binds (sip.conf and pjsip.conf of the server) and
 * the firewall's INPUT accept rules that are meant for SIP. Shared by XF001 (ports) and kept apart
 * from RTP (XF002), whose ranges must not be mistaken for SIP.
 */
import type { FileEdit } from '../../engine/types';
import { endsInDrop, analyze } from '../../iptables/analysis/chains';
import { mayAllow } from '../../iptables/analysis/packets';
import { pjsipPorts, sipConfPorts, type SipPort } from './asterisk';
import { commentOf, dportTok, inputRules, isAccept, tokRange, type FirewallFile, type FwRule } from './firewall';
import type { ServerView } from '../view';

/** Every SIP port Asterisk binds, or undefined when the server has neither sip.conf nor pjsip.conf. */
export function boundSipPorts(view: ServerView): SipPort[] | undefined {
  const sip = view.asterisk('sip.conf');
  const pjsip = view.asterisk('pjsip.conf');
  if (!sip && !pjsip) return undefined;
  // chan_sip is gone from Asterisk 21 (and may be noload-ed): its sip.conf then binds nothing.
  return [...(sip && view.chanSip() ? sipConfPorts(sip) : []), ...(pjsip && view.pjsip() ? pjsipPorts(pjsip) : [])];
}

/** Which transports a firewall protocol carries: UDP for udp, TCP and TLS for tcp, all for no -p. */
export function carries(proto: string | undefined, t: SipPort['transport']): boolean {
  if (!proto) return true;
  return proto === 'udp' ? t === 'udp' : proto === 'tcp' ? t !== 'udp' : false;
}

/** The standard SIP ports: a rule opening them is a SIP rule even without a comment saying so. */
const SIP_STANDARD = [5060, 5061];
/** Wider ranges are RTP or "everything", never a SIP signalling port. */
const MAX_SIP_SPAN = 10;

export interface SipRule extends FwRule {
  /** The ports of the rule meant for SIP. */
  ports: number[];
}

/** INPUT accept rules meant for SIP: a standard SIP port, or a short port list whose comment says SIP. */
export function sipRules(fws: FirewallFile[]): SipRule[] {
  const out: SipRule[] = [];
  for (const fw of fws) {
    for (const r of inputRules(fw)) {
      if (!isAccept(r) || !r.ps.dport || r.ps.opaque || (r.ps.proto && r.ps.proto !== 'udp' && r.ps.proto !== 'tcp')) continue;
      if (r.ps.dport.some(([a, b]) => b - a > MAX_SIP_SPAN)) continue;
      const comment = commentOf(r.cmd) ?? '';
      const saysSip = /\bsip\b/i.test(comment) && !/\brtp\b/i.test(comment);
      const ports = r.ps.dport.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
      const sipPorts = saysSip ? ports : ports.filter((p) => SIP_STANDARD.includes(p));
      if (sipPorts.length) out.push({ ...r, ports: sipPorts });
    }
  }
  return out;
}

/** True when the firewall's INPUT (some family) ends in DROP/REJECT: unlisted ports are closed. */
export function inputCloses(fw: FirewallFile): boolean {
  const a = analyze(fw.model);
  for (const family of fw.model.families) {
    const chain = a.get(family, 'filter')?.chains.get('INPUT');
    if (chain && endsInDrop(chain)) return true;
  }
  return false;
}

/** An INPUT accept rule that lets new traffic reach `port` over `proto`, in any firewall file. */
export function acceptsPort(fws: FirewallFile[], proto: 'udp' | 'tcp', port: number): FwRule | undefined {
  for (const fw of fws) for (const r of inputRules(fw)) if (isAccept(r) && !r.ps.opaque && mayAllow(r.ps, proto, port)) return r;
  return undefined;
}

/** Replaces `from` with `to` inside a rule's unquoted `--dport(s)` argument. */
export function portEdit(r: FwRule, from: number, to: number): FileEdit | undefined {
  const tok = dportTok(r.cmd);
  if (!tok || tok.quoted) return undefined;
  const items = tok.text.split(',');
  let off = 0;
  for (const item of items) {
    if (item === String(from)) {
      return { file: r.fw.file, range: tokRange(r.fw, { start: tok.start + off, end: tok.start + off + item.length }), newText: String(to) };
    }
    off += item.length + 1;
  }
  return undefined;
}
