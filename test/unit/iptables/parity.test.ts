/**
 * Parity with iptables itself: for each single-rule restore file, the engine reports an
 * error-severity IPT0xx/IPT1xx finding exactly when the real iptables rejects the file
 * (`iptables-restore --test`, the legacy backend's `--test`, or a real commit in a throw-away
 * network namespace; see oracle.ts for why one backend's --test is not enough).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/engine/testing';
import { iptablesPlugin } from '../../../server/src/iptables/plugin';
import { judgeAll, oracles } from './oracle';

type Case = [family: 4 | 6, table: string, rule: string];
const F = 'filter';
const CASES: Case[] = [
  // valid
  [4, F, '-A INPUT -p tcp --dport 22 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT'],
  [4, F, '-A INPUT -p udp -m udp --dport 10000:20000 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp -m multiport --dports 1:2,3,4,5,6,7,8,9,10,11,12,13,14,15 -j ACCEPT'],
  [4, F, '-A INPUT -s 188.10.11.12/24 -p tcp --dport 22 -j ACCEPT'],
  [4, F, '-A INPUT -s 1.2.3.4/255.0.255.0 -j ACCEPT'],
  [4, F, '-A INPUT -m iprange --src-range 1.2.3.9-1.2.3.4 -j ACCEPT'],
  [4, F, '-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT'],
  [4, F, '-A INPUT -m state --state NEW -j ACCEPT'],
  [4, F, '-A INPUT -m comment --comment "Opérateur SIP - flux SIP" -j ACCEPT'],
  [4, F, '-A INPUT -m limit --limit 5/min -j LOG --log-prefix "dropped: "'],
  [4, F, '-A INPUT -p tcp -m hashlimit --hashlimit-upto 5/min --hashlimit-name ssh -j ACCEPT'],
  [4, F, '-A INPUT -m recent --set --name ssh'],
  [4, F, '-A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT'],
  [4, F, '-A OUTPUT -m owner --uid-owner 0 -j ACCEPT'],
  [4, F, '-A INPUT -m addrtype --dst-type LOCAL -j ACCEPT'],
  [4, F, '-A INPUT -m length --length 0:100 -j ACCEPT'],
  [4, F, '-A INPUT -m tos --tos 0x10 -j ACCEPT'],
  [4, F, '-A INPUT -p icmp --icmp-type echo-request -j ACCEPT'],
  [4, F, '-A INPUT -p tcp -j REJECT --reject-with tcp-reset'],
  [4, F, '-A INPUT -j REJECT --reject-with icmp-port-unreachable'],
  [4, F, '-A INPUT -j RETURN'],
  [4, F, '-A FORWARD -i eth0 -o eth1 -j ACCEPT'],
  [4, F, '-N f2b-asterisk\n-A f2b-asterisk -j RETURN\n-I INPUT -j f2b-asterisk'],
  [4, F, '-P INPUT DROP'],
  [4, 'mangle', '-A PREROUTING -j MARK --set-mark 1'],
  [4, 'nat', '-A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080'],
  [4, 'nat', '-A POSTROUTING -o eth0 -j MASQUERADE'],
  [4, 'nat', '-A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080'],
  [4, 'nat', '-A POSTROUTING -j SNAT --to-source 1.2.3.4'],
  [6, F, '-A INPUT -p ipv6-icmp -j ACCEPT'],
  [6, F, '-A INPUT -p icmp -j ACCEPT'],
  [6, F, '-A INPUT -s 2001:db8::/32 -p tcp --dport 22 -j ACCEPT'],
  [6, F, '-A INPUT -p ipv6-icmp --icmpv6-type neighbour-solicitation -j ACCEPT'],
  [6, F, '-A INPUT -j REJECT --reject-with icmp6-port-unreachable'],
  [6, F, '-A INPUT -s 2001:db8::1/64 -j ACCEPT'],
  // IPT001
  [4, F, '-A INPUT -p tcp --dport 80,443 -j ACCEPT'],
  [4, F, '-A OUTPUT -p udp -m udp --sport 5060,5061 -j ACCEPT'],
  [6, F, '-A INPUT -p tcp --dport 22,443 -j ACCEPT'],
  // IPT002
  [4, F, '-A OUTPUT -p udp -m tcp --dport 80 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp -m udp --dport 22 -j ACCEPT'],
  [4, F, '-A INPUT -m tcp --dport 22 -j ACCEPT'],
  [4, F, '-A INPUT --dport 22 -j ACCEPT'],
  [4, F, '-A INPUT -p all --dport 22 -j ACCEPT'],
  [4, F, '-A INPUT -m multiport --dports 22 -j ACCEPT'],
  [4, F, '-A INPUT -p icmp -m multiport --dports 22 -j ACCEPT'],
  [4, F, '-A INPUT -p udp --syn -j ACCEPT'],
  [6, F, '-A INPUT -p udp -m tcp --dport 80 -j ACCEPT'],
  [4, F, '-A INPUT -m multiport --dports 22 -p tcp -j ACCEPT'],
  [4, F, '-A INPUT -m multiport -p tcp --dports 22 -j ACCEPT'],
  [4, F, '-A INPUT -m tcp --dport 22 -p tcp -j ACCEPT'],
  [4, F, '-A INPUT --dport 22 -p tcp -j ACCEPT'],
  // IPT003
  [4, F, '-A INPUT -p tcp --dport 70000 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp --dport 20000:10000 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp --dport 1:2:3 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp -m multiport --dports 20:10 -j ACCEPT'],
  [6, F, '-A INPUT -p udp --dport 65536 -j ACCEPT'],
  [4, F, '-A INPUT -p udp --dport 20:10 -j ACCEPT'],
  [4, F, '-A INPUT -p tcp --sport 65536 -j ACCEPT'],
  // IPT004
  [4, F, '-A INPUT -s 1.2.3.4/33 -j ACCEPT'],
  [4, F, '-A INPUT -s 1.2.3.256 -j ACCEPT'],
  [4, F, '-A INPUT -s ::1 -j ACCEPT'],
  [6, F, '-A INPUT -s 10.0.0.1 -j ACCEPT'],
  [6, F, '-A INPUT -d 2001:db8::/129 -j ACCEPT'],
  // IPT005
  [4, F, '-A INPUT -i lo -o eth0 -j ACCEPT'],
  [4, F, '-A OUTPUT -i lo -j ACCEPT'],
  [6, F, '-A OUTPUT -i eth0 -j DROP'],
  [4, F, '-A INPUT -m owner --uid-owner 0 -j ACCEPT'],
  [4, F, '-A OUTPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT'],
  [4, F, '-A INPUT -m addrtype --dst-type LOCAL --limit-iface-out -j ACCEPT'],
  [4, F, '-A FORWARD -m mac --mac-source 00:11:22:33:44:55 -j LOG'],
  // IPT006
  [4, F, '-A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT'],
  [4, F, '-A INPUT -m comment --comment "a" --comment "b" -j ACCEPT'],
  [4, F, '-A INPUT -m foo -j ACCEPT'],
  [4, F, '-A INPUT --bogus -j ACCEPT'],
  [4, F, '-A INPUT -j ACCEPT --log-prefix x'],
  [4, F, '-A INPUT -j ACCEPT -j DROP'],
  [4, F, '-A INPUT -p tcp -p udp -j ACCEPT'],
  [4, F, '-A INPUT -m limit --limit 5/fortnight -j ACCEPT'],
  [4, F, '-A INPUT -m hashlimit --hashlimit-upto 5/min -j ACCEPT'],
  [4, F, '-A INPUT -j REJECT --reject-with foo'],
  [4, F, '-A INPUT -p icmp --icmp-type bogus -j ACCEPT'],
  [6, F, '-A INPUT -j REJECT --reject-with icmp-port-unreachable'],
  [4, F, '-A FORWARD -f -f -j DROP'],
  [6, F, '-A FORWARD -f -j DROP'],
  // IPT007
  [4, F, '-A INPUT -p tcp --dport 22 -j ACCEPT # ssh'],
  [4, F, "-A INPUT -m comment --comment 'a b' -j ACCEPT"],
  [4, 'filtre', '-A INPUT -j ACCEPT'],
  // IPT008
  [4, 'nat', '-A PREROUTING -j DROP'],
  [4, 'nat', '-A INPUT -j REJECT'],
  [4, F, '-A INPUT -j DNAT --to-destination 1.2.3.4'],
  [4, F, '-A INPUT -j REJECT --reject-with tcp-reset'],
  [4, 'nat', '-A POSTROUTING -j DNAT --to-destination 10.0.0.1'],
  [4, 'nat', '-A PREROUTING -j MASQUERADE'],
  [6, F, '-A INPUT -p udp -j REJECT --reject-with tcp-reset'],
  // IPT009
  [4, F, '-A INPUT -m conntrack --state NEW -j ACCEPT'],
  [4, F, '-A INPUT -m conntrack --ctstate BOGUS -j ACCEPT'],
  [4, F, '-A INPUT -m state --state NEW,SNAT -j ACCEPT'],
  [6, F, '-A INPUT -m conntrack --ctstate ESTABLISHED,BOGUS -j ACCEPT'],
  // IPT101, IPT102, IPT105
  [4, F, '-A INPUT -j asterisk-provya'],
  [4, F, '-A INPUT -j accept'],
  [4, F, '-A INPUT -g nochain'],
  [4, F, '-A asterisk-provya -j RETURN'],
  [6, F, '-A INPUT -j f2b-sshd'],
  [4, F, '-P FOO DROP'],
  [4, F, '-P INPUT REJECT'],
];

function restoreFile(table: string, rule: string): string {
  return `*${table}\n${rule}\nCOMMIT\n`;
}

test('parity with iptables-restore: an IPT0xx/IPT1xx error exactly when iptables rejects the file', (t) => {
  const o = oracles();
  if (!o.test) return t.skip('iptables-restore absent (or not runnable here): parity not checked');
  assert.ok(CASES.length >= 60);
  const mismatches: string[] = [];
  let rejected = 0;
  const rulesSeen = new Set<string>();
  const verdicts = judgeAll(CASES.map(([family, table, rule]) => ({ text: restoreFile(table, rule), family })));
  for (const [k, [family, table, rule]] of CASES.entries()) {
    const text = restoreFile(table, rule);
    const file = `/parity/rules.v${family}`;
    const findings = check([iptablesPlugin], file, text, { language: 'iptables' });
    const errors = findings.filter((f) => f.severity === 'error' && /^IPT[01]\d\d$/.test(f.ruleId));
    for (const f of findings) rulesSeen.add(f.ruleId);
    const verdict = verdicts[k];
    if (verdict.rejected) rejected++;
    if (verdict.rejected !== errors.length > 0) {
      mismatches.push(`v${family} ${table}: ${rule}\n   iptables: ${verdict.rejected ? `rejects (${verdict.by.join(', ')}: ${verdict.messages[0]})` : 'accepts'}\n   engine: ${errors.map((e) => `${e.ruleId} ${e.message}`).join(' | ') || 'no error'}`);
    }
  }
  const per = (label: string) => verdicts.filter((v) => v.by.includes(label)).length;
  t.diagnostic(`rejected by: restore --test ${per('restore --test')}, legacy-restore --test ${per('legacy-restore --test')}, netns commit ${per('restore (netns commit)')}`);
  t.diagnostic(`${CASES.length} files, ${rejected} rejected by iptables; oracles: --test ${o.test}, legacy --test ${o.legacy}, netns commit ${o.commit}`);
  assert.deepEqual(mismatches, []);
  for (const id of ['IPT001', 'IPT002', 'IPT003', 'IPT004', 'IPT005', 'IPT006', 'IPT007', 'IPT008', 'IPT009', 'IPT101', 'IPT102', 'IPT105', 'IPT301', 'IPT311']) assert.ok(rulesSeen.has(id), `no parity case exercises ${id}`);
});

test('accepted-but-wrong inputs are warnings, not errors', () => {
  const cases: [string, string][] = [
    ['-A INPUT -s 188.10.11.12/24 -j ACCEPT', 'IPT301'],
    ['-A INPUT -m iprange --src-range 1.2.3.9-1.2.3.4 -j ACCEPT', 'IPT003'],
    ['-A INPUT -s 1.2.3.4/255.0.255.0 -j ACCEPT', 'IPT004'],
    ['-A INPUT -p udp --dport 70000 -j ACCEPT', 'IPT003'],
    ['-A INPUT -p udp --dport 20000:10000 -j ACCEPT', 'IPT003'],
  ];
  for (const [rule, id] of cases) {
    const f = check([iptablesPlugin], '/w/rules.v4', restoreFile('filter', rule), { language: 'iptables' }).filter((x) => x.ruleId === id);
    assert.equal(f.length, 1, `${id} on ${rule}`);
    assert.equal(f[0].severity, 'warning', `${id} on ${rule}`);
  }
});
