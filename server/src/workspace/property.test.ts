/**
 * The XF rules never fail on any input: random mixes of plausible and broken lines in every part of
 * a server (firewall, jail, filter, sip.conf, logger.conf, rtp.conf, dialplan) never produce an
 * internal-error finding (AH003), and every finding's range lies inside its document.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAll } from '../engine/testing';
import { CROSS_FILE_RULES, PLUGINS } from '../plugins';
import { EXTENSIONS, FILTER, FIREWALL, JAIL, LOGGER, RTP, SIP } from './testkit';

const pick = (xs: string[]) => fc.array(fc.oneof(fc.constantFrom(...xs), fc.string({ maxLength: 30 })), { maxLength: 8 }).map((ls) => ls.join('\n'));

const PARTS: Record<string, string[]> = {
  [FIREWALL]: [
    'iptables -A INPUT -s 51.5.6.0/24 -p udp --dport 5060 -m comment --comment "SIP" -j ACCEPT',
    'iptables -A INPUT -p udp -m multiport --dports 5060,5061,a -j ACCEPT', 'iptables -A INPUT -s ::1/200 -j ACCEPT',
    'iptables -A INPUT -j f2b-', 'iptables -A INPUT -j fail2ban-x', 'iptables -A INPUT -p udp --dport 20000:10000 -j ACCEPT',
    'ip6tables -A INPUT -s 2001:db8::/32 -j ACCEPT', 'iptables -A INPUT -s $NET -j ACCEPT', 'iptables -A INPUT -j DROP', 'iptables -P INPUT DROP',
    'iptables -A INPUT -s 1.2.3.4/33 -j ACCEPT', 'iptables -A INPUT -j asterisk', 'iptables -A INPUT -p udp --dport "5060" -j ACCEPT',
  ],
  [JAIL]: [
    '[asterisk]', '[DEFAULT]', 'enabled = true', 'filter = asterisk[', 'filter = asterisk', 'action = iptables-multiport[protocol=all', 'action = iptables[type=multiport, protocol="all"]',
    'action = %(action_)s', 'ignoreip = 1.2.3.4/99 example.com ::1', 'logpath = /var/log/asterisk/*', 'logpath = %(missing)s', 'protocol = all', 'backend = systemd', '  continued',
  ],
  [FILTER]: ['[Definition]', 'failregex = ', '  ^Call from x rejected because extension not found in context', 'failregex = %(x)s', '[INCLUDES]', 'before = nothere.conf'],
  [SIP]: ['[general]', 'allowguest=no', 'bindport=abc', 'bindport=70000', 'udpbindaddr=[::]:5062', 'tcpenable=yes', 'tcpbindaddr=0.0.0.0:', '[p](!)', 'type=friend'],
  [LOGGER]: ['[logfiles]', 'fail2ban => [json]notice', 'syslog.local0 => notice', '/abs/path => *', ' => ', '[general]', 'appendhostname=yes'],
  [RTP]: ['[general]', 'rtpstart=', 'rtpend=99999', 'rtpstart=20000', 'rtpend=10000'],
  [EXTENSIONS]: ['[internal]', 'exten => 1,1,Dial(SIP/&PJSIP/@,)', 'exten => 2,1,Dial(SIP/${X}/1)', 'exten => 3,1,Dial(', 'same => n,Dial(PJSIP/a@b/sip:c)'],
};

test('XF rules never throw and keep ranges inside the document, whatever the files say', () => {
  const arb = fc.record(Object.fromEntries(Object.entries(PARTS).map(([k, v]) => [k, pick(v)])) as Record<string, fc.Arbitrary<string>>);
  fc.assert(
    fc.property(arb, fc.constantFrom(...Object.keys(PARTS)), (files, doc) => {
      const findings = checkAll(PLUGINS, doc, files[doc], { files }, CROSS_FILE_RULES);
      const internal = findings.filter((f) => f.ruleId === 'AH003');
      assert.deepEqual(internal.map((f) => f.message), []);
      const lines = files[doc].split(/\r\n|\r|\n/);
      for (const f of findings.filter((x) => x.ruleId.startsWith('XF') && x.file === doc)) {
        assert.ok(f.range.start.line < lines.length && f.range.end.line < lines.length, `${f.ruleId} range outside ${doc}`);
        assert.ok(f.range.end.character <= lines[f.range.end.line].length, `${f.ruleId} column outside ${doc}`);
      }
    }),
    { numRuns: 150 },
  );
});
