/**
 * Value checks for each ValueKind, mirroring what libxtables rejects (error) and what it accepts
 * while the result is still wrong (warning). Verified against iptables 1.8.9 where the reference says so.
 */
import * as ipaddr from 'ipaddr.js';
import type { Family } from '../model';
import type { ValueKind } from './types';

export interface ValueProblem {
  ruleId: string;
  message: string;
  severity?: 'error' | 'warning' | 'info';
  /** Sub-range inside the token's value (offsets into the unquoted text), when narrower than the token. */
  at?: [number, number];
}

export interface ValueContext {
  family: Family;
  protocol?: string;
  /** The match the option belongs to (the udp match parses ports more leniently than tcp). */
  match?: string;
}

const ICMP4 = 'any echo-reply pong destination-unreachable network-unreachable host-unreachable protocol-unreachable port-unreachable fragmentation-needed source-route-failed network-unknown host-unknown network-prohibited host-prohibited TOS-network-unreachable TOS-host-unreachable communication-prohibited host-precedence-violation precedence-cutoff source-quench redirect network-redirect host-redirect TOS-network-redirect TOS-host-redirect echo-request ping router-advertisement router-solicitation time-exceeded ttl-exceeded ttl-zero-during-transit ttl-zero-during-reassembly parameter-problem ip-header-bad required-option-missing timestamp-request timestamp-reply address-mask-request address-mask-reply'.split(' ');
const ICMP6 = 'destination-unreachable no-route communication-prohibited beyond-scope address-unreachable port-unreachable failed-policy reject-route packet-too-big time-exceeded ttl-exceeded ttl-zero-during-transit ttl-zero-during-reassembly parameter-problem bad-header unknown-header-type unknown-option echo-request ping echo-reply pong mld-listener-query mld-listener-report mld-listener-done mld-listener-reduction router-solicitation router-advertisement neighbour-solicitation neighbor-solicitation neighbour-advertisement neighbor-advertisement redirect'.split(' ');
const REJECT4 = 'icmp-net-unreachable net-unreach icmp-host-unreachable host-unreach icmp-proto-unreachable proto-unreach icmp-port-unreachable port-unreach icmp-net-prohibited net-prohib icmp-host-prohibited host-prohib tcp-reset tcp-rst icmp-admin-prohibited admin-prohib'.split(' ');
const REJECT6 = 'icmp6-no-route no-route icmp6-adm-prohibited adm-prohibited icmp6-addr-unreachable addr-unreach icmp6-port-unreachable port-unreach tcp-reset icmp6-policy-fail policy-fail icmp6-reject-route reject-route'.split(' ');
const LOG_LEVELS = 'emerg panic alert crit error err warning warn notice info debug'.split(' ');
const ADDR_TYPES = 'UNSPEC UNICAST LOCAL BROADCAST ANYCAST MULTICAST BLACKHOLE UNREACHABLE PROHIBIT THROW NAT XRESOLVE'.split(' ');
export const STATES = ['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED'];
export const CTSTATES = [...STATES, 'SNAT', 'DNAT'];
const TOS_NAMES = ['minimize-delay', 'maximize-throughput', 'maximize-reliability', 'minimize-cost', 'normal-service'];

const err = (ruleId: string, message: string, at?: [number, number]): ValueProblem => ({ ruleId, message, ...(at ? { at } : {}) });
const warn = (ruleId: string, message: string, at?: [number, number]): ValueProblem => ({ ruleId, message, severity: 'warning', ...(at ? { at } : {}) });

/** A port number or /etc/services name; undefined when valid, else a problem message. */
function portProblem(p: string): string | undefined {
  if (/^\d+$/.test(p)) return Number(p) > 65535 ? `port ${p} is above 65535: iptables rejects it ("invalid port/service")` : undefined;
  if (/^[A-Za-z][A-Za-z0-9._-]*$/.test(p)) return undefined; // a service name, resolved from /etc/services at load time
  return `"${p}" is not a port number or service name`;
}

function portValue(p: string): number | undefined {
  return /^\d+$/.test(p) ? Number(p) : undefined;
}

/**
 * `a`, `a:b`, `:b`, `a:` (tcp/udp --dport style). iptables 1.8.9's udp match is lenient: a port
 * above 65535 wraps around (70000 becomes 4464) and a reversed range is accepted and never matches,
 * so those are warnings there; the tcp match rejects both.
 */
export function checkPortRange(v: string, base = 0, lenient = false): ValueProblem | undefined {
  const parts = v.split(':');
  if (parts.length > 2) return err('IPT003', `"${v}" is not a port or range: a range is \`from:to\` with one colon`, [base, base + v.length]);
  for (const [i, p] of parts.entries()) {
    if (p === '' && parts.length === 2) continue;
    const off = i === 0 ? 0 : parts[0].length + 1;
    const at: [number, number] = [base + off, base + off + p.length];
    if (lenient && /^\d+$/.test(p) && Number(p) > 65535) return warn('IPT003', `port ${p} is above 65535: iptables accepts it for udp but wraps it around to ${Number(p) % 65536}. Write the port you mean`, at);
    const pr = portProblem(p);
    if (pr) return err('IPT003', pr, at);
  }
  if (parts.length === 2) {
    const a = portValue(parts[0]);
    const b = portValue(parts[1]);
    if (a !== undefined && b !== undefined && a > b) {
      if (lenient) return warn('IPT003', `range ${v} is reversed: iptables accepts it for udp but it never matches; write ${b}:${a}`, [base, base + v.length]);
      return err('IPT003', `range ${v} is reversed (min > max): iptables rejects it ("invalid portrange"); write ${b}:${a}`, [base, base + v.length]);
    }
  }
  return undefined;
}

/** Number of slots a multiport list uses (a range counts as two; the kernel has 15). */
export function multiportSlots(v: string): number {
  return v.split(',').reduce((n, e) => n + (e.includes(':') ? 2 : 1), 0);
}

function checkList(v: string, allowed: string[], what: string, ruleId: string, caseInsensitive = false): ValueProblem | undefined {
  let off = 0;
  for (const item of v.split(',')) {
    const ok = caseInsensitive ? allowed.some((a) => a.toLowerCase() === item.toLowerCase()) : allowed.includes(item);
    if (!ok) return err(ruleId, `"${item}" is not a ${what} (${allowed.join(', ')})`, [off, off + item.length]);
    off += item.length + 1;
  }
  return undefined;
}

/** Checks one address (`-s`, `-d`, conntrack addresses): no mask handling of host bits here (IPT301). */
export function checkAddress(v: string, family: Family): ValueProblem | undefined {
  let off = 0;
  for (const item of v.split(',')) {
    const p = checkOneAddress(item, family);
    if (p) return { ...p, at: [off + (p.at?.[0] ?? 0), off + (p.at?.[1] ?? item.length)] };
    off += item.length + 1;
  }
  return undefined;
}

function checkOneAddress(item: string, family: Family): ValueProblem | undefined {
  const slash = item.indexOf('/');
  const host = slash === -1 ? item : item.slice(0, slash);
  const mask = slash === -1 ? undefined : item.slice(slash + 1);
  const isV4 = ipaddr.IPv4.isValidFourPartDecimal(host);
  const isV6 = !isV4 && host.includes(':') && ipaddr.IPv6.isValid(host);
  if (family === 4 && isV6) return err('IPT004', `${host} is an IPv6 address: iptables cannot use it (use ip6tables)`, [0, host.length]);
  if (family === 6 && isV4) return err('IPT004', `${host} is an IPv4 address: ip6tables cannot use it (use iptables)`, [0, host.length]);
  if (!isV4 && !isV6) {
    if (family === 4 && /^\d+(\.\d+){0,3}$/.test(host) && host.split('.').every((x) => Number(x) < 256) && host.split('.').length < 4) {
      return warn('IPT004', `${host} is a short address form that iptables expands (inet_aton): write all four parts`, [0, host.length]);
    }
    if (/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host) && /[A-Za-z]/.test(host)) {
      return warn('IPT004', `${host} is a host name: iptables resolves it by DNS once, at load time (and fails without DNS); use an address`, [0, host.length]);
    }
    return err('IPT004', `"${host}" is not a valid IPv${family} address: iptables rejects it ("host/network not found")`, [0, host.length]);
  }
  if (mask !== undefined) {
    const max = family === 4 ? 32 : 128;
    const at: [number, number] = [slash + 1, item.length];
    if (/^\d+$/.test(mask)) {
      if (Number(mask) > max) return err('IPT004', `mask /${mask} is larger than /${max}: iptables rejects it ("invalid mask")`, at);
    } else if (family === 4 && ipaddr.IPv4.isValidFourPartDecimal(mask)) {
      const bits = ipaddr.IPv4.parse(mask).toByteArray().map((b) => b.toString(2).padStart(8, '0')).join('');
      if (/01/.test(bits)) return warn('IPT004', `mask ${mask} is not contiguous: iptables accepts it but it matches scattered addresses; use a prefix length`, at);
    } else if (family === 6 && ipaddr.IPv6.isValid(mask)) {
      return undefined;
    } else {
      return err('IPT004', `mask "${mask}" is invalid: use a prefix length 0-${max}`, at);
    }
  }
  return undefined;
}

export function checkValue(kind: ValueKind, v: string, ctx: ValueContext): ValueProblem | undefined {
  switch (kind) {
    case 'port':
      if (v.includes(',')) return err('IPT001', 'port list', [0, v.length]);
      return checkPortRange(v, 0, ctx.match === 'udp');
    case 'portlist': {
      let off = 0;
      for (const e of v.split(',')) {
        if (e === '') return err('IPT003', 'empty entry in the port list', [off, off]);
        const p = checkMultiportEntry(e, off);
        if (p) return p;
        off += e.length + 1;
      }
      const slots = multiportSlots(v);
      if (slots > 15) return err('IPT003', `${slots} port slots: multiport takes at most 15 (a range counts as 2); iptables rejects it ("too many ports specified"). Split the rule`, [0, v.length]);
      return undefined;
    }
    case 'states': return checkList(v.toUpperCase() === v ? v : v, STATES, 'state', 'IPT009', true);
    case 'ctstates': return checkList(v, CTSTATES, 'conntrack state', 'IPT009', true);
    case 'ctdir': return /^(ORIGINAL|REPLY)$/i.test(v) ? undefined : err('IPT006', `--ctdir takes ORIGINAL or REPLY, not "${v}"`);
    case 'rate':
      return /^\d+(\/(s(e(c(o(nd?)?)?)?)?|m(i(n(u(te?)?)?)?)?|h(o(ur?)?)?|d(ay?)?))?$/i.test(v) ? undefined : err('IPT006', `bad rate "${v}": write N/second, N/minute, N/hour or N/day`);
    case 'burst': case 'uint': return /^\d+$/.test(v) ? undefined : err('IPT006', `"${v}" is not a non-negative integer`);
    case 'uintrange': return /^\d+(:\d*)?$|^:\d+$/.test(v) ? undefined : err('IPT006', `"${v}" is not a number or range a:b`);
    case 'icmptype':
      if (ctx.family === 6) return undefined;
      return /^\d+(\/\d+)?$/.test(v) || ICMP4.includes(v) ? undefined : err('IPT006', `unknown ICMP type "${v}" (see \`iptables -p icmp -h\`)`);
    case 'icmp6type': return /^\d+(\/\d+)?$/.test(v) || ICMP6.includes(v) ? undefined : err('IPT006', `unknown ICMPv6 type "${v}" (see \`ip6tables -p ipv6-icmp -h\`)`);
    case 'reject4': case 'reject6': {
      const list = ctx.family === 6 ? REJECT6 : REJECT4;
      return list.includes(v) ? undefined : err('IPT006', `unknown reject type "${v}" for ${ctx.family === 6 ? 'ip6tables' : 'iptables'} (${list.filter((x) => x.startsWith('icmp') || x === 'tcp-reset').join(', ')})`);
    }
    case 'comment':
      return Buffer.byteLength(v, 'utf8') > 255 ? warn('IPT006', `comment is ${Buffer.byteLength(v, 'utf8')} bytes: iptables keeps only the first 255`) : undefined;
    case 'logprefix': return v.length > 29 ? warn('IPT006', `log prefix is ${v.length} characters: iptables keeps only the first 29`) : undefined;
    case 'loglevel': return /^[0-7]$/.test(v) || LOG_LEVELS.includes(v.toLowerCase()) ? undefined : err('IPT006', `log level "${v}" is not 0-7 or a syslog level name`);
    case 'iprange': {
      const m = /^([^-]+)-([^-]+)$/.exec(v);
      if (!m) return err('IPT004', `"${v}" is not a range from-to`);
      for (const [i, a] of [m[1], m[2]].entries()) {
        const p = checkOneAddress(a, ctx.family);
        if (p || a.includes('/')) return err('IPT004', `"${a}" is not a valid IPv${ctx.family} address`, i === 0 ? [0, a.length] : [m[1].length + 1, v.length]);
      }
      try {
        const a = ipaddr.parse(m[1]).toByteArray();
        const b = ipaddr.parse(m[2]).toByteArray();
        for (let i = 0; i < a.length; i++) {
          if (a[i] === b[i]) continue;
          if (a[i] > b[i]) return warn('IPT003', `range ${v} is reversed: iptables accepts it but it never matches; swap the ends`);
          break;
        }
      } catch { /* checked above */ }
      return undefined;
    }
    case 'mac': return /^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/.test(v) ? undefined : err('IPT006', `"${v}" is not a MAC address XX:XX:XX:XX:XX:XX`);
    case 'addrtypes': return checkList(v, ADDR_TYPES, 'address type', 'IPT006', true);
    case 'tos': return /^(0x[0-9a-f]+|\d+)(\/(0x[0-9a-f]+|\d+))?$/i.test(v) || TOS_NAMES.includes(v.toLowerCase()) ? undefined : err('IPT006', `"${v}" is not a TOS value or name`);
    case 'mark': return /^(0x[0-9a-f]+|\d+)(\/(0x[0-9a-f]+|\d+))?$/i.test(v) ? undefined : err('IPT006', `"${v}" is not a mark value[/mask]`);
    case 'toports': return /^\d+(-\d+)?$/.test(v) && v.split('-').every((p) => Number(p) <= 65535) ? undefined : err('IPT003', `"${v}" is not a port or range a-b`);
    case 'natdest': case 'natsrc': {
      const m = /^(\[[^\]]+\]|[^:]+|[0-9a-fA-F:]+)?(?::(\d+)(?:-(\d+))?)?$/.exec(ctx.family === 6 ? v : v);
      if (!m) return err('IPT004', `"${v}" is not addr[-addr][:port[-port]]`);
      const addr = (m[1] ?? '').replace(/^\[|\]$/g, '');
      for (const a of addr ? addr.split('-') : []) {
        const p = checkOneAddress(a, ctx.family);
        if (p && p.severity !== 'warning') return err('IPT004', p.message);
      }
      for (const port of [m[2], m[3]]) if (port && Number(port) > 65535) return err('IPT003', `port ${port} is above 65535`);
      return undefined;
    }
    case 'address': return checkAddress(v, ctx.family);
    case 'setflags': return checkList(v, ['src', 'dst'], 'set direction', 'IPT006');
    case 'hashmode': return checkList(v, ['srcip', 'srcport', 'dstip', 'dstport'], 'hashlimit mode', 'IPT006');
    case 'tcpflags': return checkList(v, ['SYN', 'ACK', 'FIN', 'RST', 'URG', 'PSH', 'ALL', 'NONE'], 'TCP flag', 'IPT006');
    default: return undefined;
  }
}

function checkMultiportEntry(e: string, off: number): ValueProblem | undefined {
  const parts = e.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return err('IPT003', `"${e}" is not a port or range from:to`, [off, off + e.length]);
  for (const p of parts) {
    const pr = portProblem(p);
    if (pr) return err('IPT003', pr, [off, off + e.length]);
  }
  const [a, b] = parts.map(portValue);
  if (parts.length === 2 && a !== undefined && b !== undefined && a > b) return err('IPT003', `range ${e} is reversed: iptables rejects it ("invalid portrange specified"); write ${b}:${a}`, [off, off + e.length]);
  return undefined;
}
