/**
 * Differential test: rules generated from a fixed seed (matches, options, targets, tables and
 * commands combined at random) must get an IPT0xx/IPT1xx error exactly when the real iptables
 * rejects them. The curated cases live in parity.test.ts; this one finds the combinations nobody
 * thought of (it found multiport's early -p check, IPv6 -f, NAT port mappings without -p).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/engine/testing';
import { iptablesPlugin } from '../../../server/src/iptables/plugin';
import { judgeAll, oracles } from './oracle';

function generator(seed: number) {
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const pick = <T>(a: T[]): T => a[rnd(a.length)];
  return { rnd, pick };
}

const CONDITIONS = [
  '-p tcp', '-p udp', '-p icmp', '-p ipv6-icmp', '-p all', '! -p tcp', '-s 10.0.0.0/8', '-s 1.2.3.4/24', '-s 1.2.3.4/33', '-d 2001:db8::1', '-d 2001:db8::/129',
  '-i lo', '-o eth0', '-f', '--dport 22', '--dport 80,443', '--dport 20:10', '--sport 70000', '-m tcp', '-m udp', '-m multiport --dports 80,443',
  '-m multiport --sports 1:2,3', '-m conntrack --ctstate ESTABLISHED,RELATED', '-m conntrack --ctstate BOGUS', '-m state --state NEW', '-m comment --comment "a b"',
  '-m limit --limit 3/min', '-m limit --limit 3/fortnight', '-m recent --update --seconds 60 --name ssh', '-m iprange --src-range 1.2.3.9-1.2.3.1',
  '-m length --length 0:100', '-m addrtype --dst-type LOCAL', '-m owner --uid-owner 0', '-m mac --mac-source 00:11:22:33:44:55', '-p icmp --icmp-type echo-request',
  '-p tcp --syn', '-p udp --syn', '-m hashlimit --hashlimit-upto 5/min', '-m tos --tos 0x10',
];
const TARGETS = ['-j ACCEPT', '-j DROP', '-j REJECT', '-j REJECT --reject-with tcp-reset', '-j REJECT --reject-with icmp6-adm-prohibited', '-j RETURN', '-j LOG --log-prefix "x: "',
  '-j MARK --set-mark 1', '-j DNAT --to-destination 10.0.0.1:8080', '-j MASQUERADE', '-j REDIRECT --to-ports 8080', '-j NOTRACK', '-j web', '-g web', '-j accept', ''];
const TABLES: Record<string, string[]> = { filter: ['INPUT', 'OUTPUT', 'FORWARD'], nat: ['PREROUTING', 'POSTROUTING', 'OUTPUT'], mangle: ['PREROUTING', 'OUTPUT'], raw: ['PREROUTING'] };

test('differential: generated rules get an error exactly when iptables rejects them', (t) => {
  if (!oracles().test) return t.skip('iptables-restore absent (or not runnable here)');
  const { rnd, pick } = generator(20261127);
  const cases: { text: string; family: 4 | 6 }[] = [];
  for (let i = 0; i < 120; i++) {
    const table = rnd(3) === 0 ? pick(Object.keys(TABLES)) : 'filter';
    const conds = Array.from({ length: rnd(4) + 1 }, () => pick(CONDITIONS)).join(' ');
    const decl = rnd(3) === 0 ? ':web - [0:0]\n' : '';
    cases.push({ family: rnd(3) === 0 ? 6 : 4, text: `*${table}\n${decl}-A ${pick(TABLES[table])} ${conds} ${pick(TARGETS)}\nCOMMIT\n` });
  }
  const verdicts = judgeAll(cases);
  const mismatches: string[] = [];
  cases.forEach((c, k) => {
    const errors = check([iptablesPlugin], `/d/rules.v${c.family}`, c.text, { language: 'iptables' }).filter((f) => f.severity === 'error' && /^IPT[01]\d\d$/.test(f.ruleId));
    const o = oracles();
    if (verdicts[k].rejected !== errors.length > 0 && (o.commit || verdicts[k].rejected)) mismatches.push(`v${c.family} ${JSON.stringify(c.text)}: iptables ${verdicts[k].rejected ? `rejects (${verdicts[k].messages[0]})` : 'accepts'}, engine ${errors.map((e) => e.ruleId).join(',') || 'no error'}`);
  });
  t.diagnostic(`${cases.length} generated files, ${verdicts.filter((v) => v.rejected).length} rejected by iptables`);
  assert.deepEqual(mismatches, []);
});
