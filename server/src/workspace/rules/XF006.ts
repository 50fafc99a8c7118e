import * as ipaddr from 'ipaddr.js';
import type { CrossFileRule } from '../../engine/rule';
import type { FileEdit, RawFinding, RelatedLocation } from '../../engine/types';
import type { Fail2banModel } from '../../fail2ban/model';
import { ignoreipEntries } from '../../fail2ban/rules/F2B101';
import { ownedJails, pointAt, setOption } from '../../fail2ban/rules/shared';
import { cmdRange, commentOf, inputRules, isAccept, type FwRule } from '../facts/firewall';
import { serverView } from '../view';

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseCidr(s: string): Cidr | undefined {
  try {
    if (s.includes('/')) {
      const [a, m] = s.split('/');
      const addr = ipaddr.parse(a);
      if (!/^\d+$/.test(m)) return undefined;
      const bits = Number(m);
      return bits <= (addr.kind() === 'ipv4' ? 32 : 128) ? [addr, bits] : undefined;
    }
    const addr = ipaddr.parse(s);
    return [addr, addr.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return undefined;
  }
}

function contains(outer: Cidr, inner: Cidr): boolean {
  if (outer[0].kind() !== inner[0].kind() || inner[1] < outer[1]) return false;
  return (inner[0] as ipaddr.IPv4).match(outer as [ipaddr.IPv4, number]);
}

/** A trusted source as the firewall wrote it, and what to add to ignoreip for it. */
interface Trusted {
  written: string;
  cidr: Cidr;
  /** `188.10.11.12/24` is a host typed with a network mask: the office means the host. */
  entry: string;
  rules: FwRule[];
}

function entryFor(c: Cidr): string {
  const full = c[0].kind() === 'ipv4' ? 32 : 128;
  if (c[1] === full) return c[0].toString();
  const cidr = `${c[0].toString()}/${c[1]}`;
  const base = c[0].kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(cidr) : ipaddr.IPv6.networkAddressFromCIDR(cidr);
  // Host bits set: the address was meant, the mask is a slip (IPT flags the rule itself).
  return base.toString() === c[0].toString() ? `${c[0].toString()}/${c[1]}` : c[0].toString();
}

/** Sources the firewall's INPUT accepts by address: the operator, the office, a VPN. */
function trustedSources(rules: FwRule[]): Trusted[] {
  const out: Trusted[] = [];
  for (const r of rules) {
    if (!isAccept(r) || !r.cmd.src || r.cmd.src.neg || r.cmd.src.value.dynamic) continue;
    for (const item of r.cmd.src.value.text.split(',')) {
      const c = parseCidr(item.trim());
      if (!c || c[1] === 0) continue;
      const have = out.find((t) => t.written === item.trim());
      if (have) have.rules.push(r);
      else out.push({ written: item.trim(), cidr: c, entry: entryFor(c), rules: [r] });
    }
  }
  return out;
}

export const XF006: CrossFileRule = {
  meta: {
    id: 'XF006',
    slug: 'whitelist-not-ignored',
    severity: 'info',
    title: "Sources the firewall accepts as trusted are missing from the jail's ignoreip",
    p1: true,
    fix: 'safe',
  },
  languages: ['fail2ban-conf'],
  check(file, ctx) {
    const model = file.model as Fail2banModel;
    if (model.kind !== 'jail') return [];
    const view = serverView(file, ctx);
    const fws = view.firewall();
    if (!fws.length) return [];
    const trusted = trustedSources(fws.flatMap(inputRules));
    if (!trusted.length) return [];
    const out: RawFinding[] = [];
    for (const owned of ownedJails(model)) {
      const { jail } = owned;
      if (!jail.enabled) continue;
      const ignoreip = jail.get('ignoreip');
      const entries = ignoreipEntries(ignoreip?.value);
      const ignored = entries.map(parseCidr).filter((c): c is Cidr => !!c);
      const missing = trusted.filter((t) => !ignored.some((i) => contains(i, t.cidr) || contains(i, parseCidr(t.entry)!)));
      if (!missing.length) continue;
      const add = [...new Set(missing.map((t) => t.entry))];
      const own = ignoreip?.setBy;
      let edit: FileEdit;
      if (own && own.file === model.file && own.section === owned.section.name) {
        const last = [...own.lines].reverse().find((l) => l.text) ?? own.lines[0];
        const pos = { line: last.line, character: last.end };
        edit = { file: file.doc.file, range: { start: pos, end: pos }, newText: (last.text ? ' ' : '') + add.join(' ') };
      } else edit = setOption(ctx, model, owned, ignoreip, 'ignoreip', [...entries, ...add].join(' '));
      const related: RelatedLocation[] = missing.map((t) => {
        const r = t.rules[0];
        const c = commentOf(r.cmd);
        return { file: r.fw.file, range: cmdRange(r.fw, r.cmd), message: `the firewall accepts ${t.written}${c ? ` ("${c}")` : ''} here` };
      });
      out.push({
        message: `The firewall accepts ${missing.map((t) => t.written).join(' and ')} as trusted sources, but jail [${jail.name}]'s ignoreip does not list ${missing.length === 1 ? 'it' : 'them'}: fail2ban inserts its jump at the top of INPUT, before those accept rules, so a few failed logins ban ${missing.length === 1 ? 'that source' : 'those sources'} from ${/allports/.test(jail.get('action')?.value ?? '') ? 'every port, SSH included' : 'the jail\'s ports'}. Add ${add.join(' ')} to ignoreip.`,
        range: pointAt(model, owned, ignoreip),
        related,
        fixes: [{ title: `Add ${add.join(' ')} to ignoreip of [${jail.name}]`, kind: 'safe', edits: [edit] }],
      });
    }
    return out;
  },
};
