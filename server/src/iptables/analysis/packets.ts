/**
 * What packets a rule matches, as far as it can be known statically: protocol, CIDRs, port ranges,
 * interfaces and conntrack states. Anything else (negations, unmodelled matches, shell variables)
 * makes the rule "opaque"; stateful and rate matches make it "may match". An opaque or may-match
 * rule never covers another, so shadowing is only reported when it is certain.
 */
import * as ipaddr from 'ipaddr.js';
import type { IptCommand } from '../model';

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

export interface PacketSet {
  proto?: string;
  src?: Cidr[];
  dst?: Cidr[];
  sport?: [number, number][];
  dport?: [number, number][];
  inIf?: string;
  outIf?: string;
  states?: Set<string>;
  /** Constraints we cannot compare: the rule matches a subset we cannot describe. */
  opaque: boolean;
  /** Outcome depends on state or rate (limit, recent, hashlimit, set). */
  mayMatch: boolean;
}

const PROTO_ALIASES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'ipv6-icmp', icmpv6: 'ipv6-icmp', icmp6: 'ipv6-icmp', all: '', '0': '' };

function cidrs(v: string): Cidr[] | undefined {
  const out: Cidr[] = [];
  for (const item of v.split(',')) {
    try {
      if (item.includes('/')) {
        const [a, m] = item.split('/');
        const addr = ipaddr.parse(a);
        const bits = /^\d+$/.test(m) ? Number(m) : undefined;
        if (bits === undefined) return undefined;
        out.push([addr, bits]);
      } else {
        const addr = ipaddr.parse(item);
        out.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
      }
    } catch {
      return undefined;
    }
  }
  return out;
}

function ports(v: string): [number, number][] | undefined {
  const out: [number, number][] = [];
  for (const e of v.split(',')) {
    const [a, b] = e.includes(':') ? e.split(':') : [e, e];
    const lo = a === '' ? 0 : Number(a);
    const hi = b === '' ? 65535 : Number(b);
    if (!Number.isInteger(lo) || !Number.isInteger(hi)) return undefined;
    out.push([lo, hi]);
  }
  return out;
}

export function packetSet(cmd: IptCommand): PacketSet {
  const ps: PacketSet = { opaque: cmd.dynamic || !!cmd.fragment, mayMatch: false };
  if (cmd.protocol) {
    const p = cmd.protocol.value.text.toLowerCase();
    const norm = PROTO_ALIASES[p] ?? p;
    if (cmd.protocol.neg) ps.opaque = true;
    else if (norm) ps.proto = norm;
  }
  for (const [key, a] of [['src', cmd.src], ['dst', cmd.dst]] as const) {
    if (!a) continue;
    const c = cidrs(a.value.text);
    if (a.neg || !c) ps.opaque = true;
    else ps[key] = c;
  }
  if (cmd.inIface) cmd.inIface.neg ? (ps.opaque = true) : (ps.inIf = cmd.inIface.value.text);
  if (cmd.outIface) cmd.outIface.neg ? (ps.opaque = true) : (ps.outIf = cmd.outIface.value.text);
  for (const m of cmd.matches) {
    const name = m.spec?.name;
    if (!m.spec) {
      ps.opaque = true;
      continue;
    }
    if (m.spec.neutral) continue;
    for (const o of m.options) {
      const on = o.spec?.name;
      const v = o.args[0]?.text ?? '';
      if (o.neg) {
        ps.opaque = true;
        continue;
      }
      if ((name === 'tcp' || name === 'udp') && (on === '--dport' || on === '--sport')) {
        const r = ports(v);
        r ? (ps[on === '--dport' ? 'dport' : 'sport'] = r) : (ps.opaque = true);
      } else if (name === 'multiport' && (on === '--dports' || on === '--sports')) {
        const r = ports(v);
        r ? (ps[on === '--dports' ? 'dport' : 'sport'] = r) : (ps.opaque = true);
      } else if ((name === 'conntrack' && on === '--ctstate') || (name === 'state' && on === '--state')) {
        ps.states = new Set(v.toUpperCase().split(','));
      } else ps.opaque = true;
    }
    if (m.spec.stateful && name !== 'conntrack' && name !== 'state') ps.mayMatch = true;
  }
  return ps;
}

function cidrIn(inner: Cidr, outer: Cidr): boolean {
  if (inner[0].kind() !== outer[0].kind() || inner[1] < outer[1]) return false;
  try {
    return (inner[0] as ipaddr.IPv4).match(outer as [ipaddr.IPv4, number]);
  } catch {
    return false;
  }
}

function ifaceIn(inner: string, outer: string): boolean {
  return outer.endsWith('+') ? inner.startsWith(outer.slice(0, -1)) : inner === outer;
}

function rangesIn(inner: [number, number][], outer: [number, number][]): boolean {
  return inner.every(([lo, hi]) => outer.some(([a, b]) => a <= lo && hi <= b));
}

/** True when every packet `b` matches is certainly matched by `a` too. */
export function covers(a: PacketSet, b: PacketSet): boolean {
  if (a.opaque || a.mayMatch) return false;
  if (a.proto !== undefined && a.proto !== b.proto) return false;
  if (a.src && !(b.src && b.src.every((x) => a.src!.some((y) => cidrIn(x, y))))) return false;
  if (a.dst && !(b.dst && b.dst.every((x) => a.dst!.some((y) => cidrIn(x, y))))) return false;
  if (a.sport && !(b.sport && rangesIn(b.sport, a.sport))) return false;
  if (a.dport && !(b.dport && rangesIn(b.dport, a.dport))) return false;
  if (a.inIf && !(b.inIf && ifaceIn(b.inIf, a.inIf))) return false;
  if (a.outIf && !(b.outIf && ifaceIn(b.outIf, a.outIf))) return false;
  if (a.states && !(b.states && [...b.states].every((s) => a.states!.has(s)))) return false;
  return true;
}

/** No condition at all (comments aside): matches every packet. */
export function isUnconditional(ps: PacketSet): boolean {
  return !ps.opaque && !ps.mayMatch && !ps.proto && !ps.src && !ps.dst && !ps.sport && !ps.dport && !ps.inIf && !ps.outIf && !ps.states;
}

/** Could the rule match some packet of protocol `proto` to port `port`? (may-match counts as yes) */
export function mayAllow(ps: PacketSet, proto: string, port: number): boolean {
  if (ps.proto && ps.proto !== proto) return false;
  if (ps.dport && !ps.dport.some(([a, b]) => a <= port && port <= b)) return false;
  if (ps.states && !ps.states.has('NEW')) return false;
  return true;
}
