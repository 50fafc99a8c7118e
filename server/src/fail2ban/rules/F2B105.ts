import * as ipaddr from 'ipaddr.js';
import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';

const HOSTNAME = /^(?=.{1,253}$)(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** An ignoreip entry fail2ban accepts: IP, CIDR (prefix or dotted mask), host name, or (1.1) `file:` list. */
export function validIgnoreEntry(e: string): boolean {
  if (e.startsWith('file:')) return e.length > 5;
  const slash = e.indexOf('/');
  if (slash >= 0) {
    const ip = e.slice(0, slash);
    const mask = e.slice(slash + 1);
    if (!ipaddr.isValid(ip)) return false;
    const kind = ipaddr.parse(ip).kind();
    if (/^\d+$/.test(mask)) return Number(mask) <= (kind === 'ipv4' ? 32 : 128);
    return kind === 'ipv4' && ipaddr.IPv4.isValidFourPartDecimal(mask);
  }
  if (ipaddr.isValid(e)) return kind4or6(e);
  // A dotted all-numeric string is not a host name (e.g. 192.168.1.300).
  if (/^[\d.]+$/.test(e)) return false;
  return HOSTNAME.test(e);
}

function kind4or6(e: string): boolean {
  // ipaddr.js also accepts shorthand IPv4 ("10.1"); fail2ban wants four parts.
  return e.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(e);
}

export const F2B105: Rule<Fail2banModel> = {
  meta: { id: 'F2B105', slug: 'invalid-ignoreip', severity: 'error', title: 'An ignoreip entry that is not an IP, CIDR or host name', p1: true },
  check(model) {
    const out: RawFinding[] = [];
    if (model.kind !== 'jail') return out;
    for (const sec of model.ini.sections) {
      for (const opt of sec.options) {
        if (opt.key !== 'ignoreip') continue;
        for (const l of opt.lines) {
          for (const m of l.text.matchAll(/[^ ,\t]+/g)) {
            const e = m[0];
            if (e.includes('%(') || validIgnoreEntry(e)) continue;
            const start = l.start + (m.index ?? 0);
            out.push({
              message: `ignoreip entry '${e}' in [${sec.name}] is not an IP address, CIDR range or host name: fail2ban cannot use it, so the address you meant to protect can still be banned. Write e.g. 203.0.113.10, 192.0.2.0/24 or vpn.example.org.`,
              range: { start: { line: l.line, character: start }, end: { line: l.line, character: start + e.length } },
            });
          }
        }
      }
    }
    return out;
  },
};
