/**
 * Test helpers for the XF rules: an in-memory server laid out like /etc (asterisk/, fail2ban/,
 * firewall/), the guide's setup by default, and a runner that analyses one of its files with the
 * real engine (every plugin, every cross-file rule).
 */
import { applyEdits, check } from '../engine/testing';
import type { Finding } from '../engine/types';
import { CROSS_FILE_RULES, PLUGINS } from '../plugins';

export const ROOT = '/srv/pbx';
export const SIP = `${ROOT}/asterisk/sip.conf`;
export const LOGGER = `${ROOT}/asterisk/logger.conf`;
export const RTP = `${ROOT}/asterisk/rtp.conf`;
export const EXTENSIONS = `${ROOT}/asterisk/extensions.conf`;
export const PJSIP = `${ROOT}/asterisk/pjsip.conf`;
export const JAIL = `${ROOT}/fail2ban/jail.d/provya.conf`;
export const FILTER = `${ROOT}/fail2ban/filter.d/asterisk.conf`;
export const FILTER_LOCAL = `${ROOT}/fail2ban/filter.d/asterisk.local`;
export const FIREWALL = `${ROOT}/firewall/iptables.sh`;

/** The two failregex lines that matter here, laid out as the stock filter lays them out (line 3 is the guest one). */
export const FILTER_TEXT = [
  '[Definition]',
  "failregex = ^Registration from '[^']*' failed for '<HOST>(:\\d+)?' - Wrong password$",
  "            ^Call from '[^']*' \\((?:(?:TCP|UDP):)?<HOST>:\\d+\\) to extension '[^']*' rejected because extension not found in context",
  '            ^hacking attempt detected \'<HOST>\'$',
  '',
].join('\n');

/** The guide's server, as written (flaws included). */
export function guide(): Record<string, string> {
  return {
    [SIP]: '[general]\ncontext=public\nallowguest=no\nalwaysauthreject=yes\nbindport=5872\n\n[aB7ytWxEd]\ntype=friend\nhost=dynamic\nsecret=Kd8#pLq2vX9mTz4wRn6bYc3\ncontext=internal\n',
    [LOGGER]: '[general]\ndateformat=%F %T\n\n[logfiles]\nconsole => notice,warning,error\nmessages => notice,warning,error\nfail2ban => notice,security\n',
    [EXTENSIONS]: '[internal]\nexten => 100,1,Dial(SIP/aB7ytWxEd,25)\n same => n,Hangup()\n',
    [JAIL]: '[asterisk-provya]\nenabled  = true\nignoreip = 127.0.0.1 1.2.3.4\nfilter   = asterisk\naction   = iptables-allports[name=asterisk, protocol=all]\nlogpath  = /var/log/asterisk/fail2ban\nmaxretry = 3\n',
    [FILTER]: FILTER_TEXT,
    [FIREWALL]: [
      '#!/bin/sh',
      'iptables -A INPUT -s 51.5.6.0/24 -p udp -m udp --dport 5060 -m comment --comment "Opérateur SIP - flux SIP" -j ACCEPT',
      'iptables -A INPUT -s 51.5.6.0/24 -p udp -m udp --dport 10000:20000 -m comment --comment "Opérateur SIP - flux RTP" -j ACCEPT',
      'iptables -A INPUT -s 188.10.11.12/24 -p tcp -m tcp --dport 22 -m comment --comment "Administration - IP du bureau" -j ACCEPT',
      'iptables -A INPUT -m comment --comment "filtrage fail2ban" -j asterisk-provya',
      'iptables -A INPUT -p udp -m udp --dport 5060 -m comment --comment "Flux SIP Open" -j ACCEPT',
      'iptables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
      'iptables -A INPUT -j DROP',
      '',
    ].join('\n'),
  };
}

/** Findings of `ruleId` when `file` of `files` is analysed. */
export function run(ruleId: string, file: string, files: Record<string, string>, settings?: unknown): Finding[] {
  return check(PLUGINS, file, files[file], { files, ...(settings ? { settings } : {}) }, CROSS_FILE_RULES).filter((f) => f.ruleId === ruleId);
}

/** The text of `target` after applying fix `index` of `finding` (a file the fix creates starts empty). */
export function fixedText(files: Record<string, string>, finding: Finding, target: string, index = 0): string {
  return applyEdits(target, files[target] ?? '', finding.fixes[index].edits);
}

export { keepsComments } from '../engine/testing';
