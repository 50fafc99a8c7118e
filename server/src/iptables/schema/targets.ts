import type { TargetSpec } from './types';

/** Built-in verdicts and the target extensions people use (iptables-extensions(8), iptables 1.8.9). */
export const TARGETS: TargetSpec[] = [
  { name: 'ACCEPT', doc: 'Let the packet through; stop walking this table.', terminal: true, options: [] },
  { name: 'DROP', doc: 'Discard the packet silently. Refused in the `nat` table.', terminal: true, options: [], tables: ['filter', 'mangle', 'raw', 'security'] },
  { name: 'RETURN', doc: 'Leave this user chain and continue in the caller; in a built-in chain, apply its policy.', terminal: true, options: [] },
  {
    name: 'REJECT', doc: 'Discard the packet and answer with an ICMP error (or a TCP RST). filter table, INPUT/FORWARD/OUTPUT.', terminal: true,
    tables: ['filter', 'mangle', 'raw'], chains: ['INPUT', 'FORWARD', 'OUTPUT'],
    options: [{ name: '--reject-with', args: 1, kind: 'reject4', doc: 'icmp-port-unreachable (default), icmp-host-prohibited, tcp-reset (needs `-p tcp`)… In ip6tables: icmp6-port-unreachable, icmp6-adm-prohibited, tcp-reset…' }],
  },
  {
    name: 'LOG', doc: 'Log the packet to the kernel log and continue with the next rule (not terminal).', terminal: false,
    options: [
      { name: '--log-prefix', args: 1, kind: 'logprefix', doc: 'Prefix of up to 29 characters (longer ones are silently truncated).' },
      { name: '--log-level', args: 1, kind: 'loglevel', doc: 'Syslog level: 0-7 or emerg, alert, crit, error, warning, notice, info, debug.' },
      { name: '--log-tcp-sequence', args: 0, doc: 'Log TCP sequence numbers.' },
      { name: '--log-tcp-options', args: 0, doc: 'Log TCP options.' },
      { name: '--log-ip-options', args: 0, doc: 'Log IP options.' },
      { name: '--log-uid', args: 0, doc: 'Log the owning uid.' },
      { name: '--log-macdecode', args: 0, doc: 'Decode MAC addresses.' },
    ],
  },
  {
    name: 'DNAT', doc: 'Rewrite the destination address (port forwarding). nat table, PREROUTING and OUTPUT only.', terminal: true,
    tables: ['nat'], chains: ['PREROUTING', 'OUTPUT'], required: ['--to-destination'],
    options: [
      { name: '--to-destination', aliases: ['--to'], args: 1, kind: 'natdest', repeatable: true, doc: '`addr[-addr][:port[-port]]` (a port needs `-p tcp|udp`).' },
      { name: '--random', args: 0, doc: 'Randomise port mapping.' },
      { name: '--persistent', args: 0, doc: 'Same mapping per client.' },
    ],
  },
  {
    name: 'SNAT', doc: 'Rewrite the source address. nat table, POSTROUTING and INPUT only.', terminal: true,
    tables: ['nat'], chains: ['POSTROUTING', 'INPUT'], required: ['--to-source'],
    options: [
      { name: '--to-source', aliases: ['--to'], args: 1, kind: 'natsrc', repeatable: true, doc: '`addr[-addr][:port[-port]]`.' },
      { name: '--random', args: 0, doc: 'Randomise port mapping.' },
      { name: '--random-fully', args: 0, doc: 'Fully randomise port mapping.' },
      { name: '--persistent', args: 0, doc: 'Same mapping per client.' },
    ],
  },
  {
    name: 'MASQUERADE', doc: 'SNAT to the outgoing interface address (dynamic IPs). nat table, POSTROUTING only.', terminal: true,
    tables: ['nat'], chains: ['POSTROUTING'],
    options: [
      { name: '--to-ports', args: 1, kind: 'toports', doc: 'Source port range `a[-b]` (needs `-p tcp|udp`).' },
      { name: '--random', args: 0, doc: 'Randomise port mapping.' },
      { name: '--random-fully', args: 0, doc: 'Fully randomise port mapping.' },
    ],
  },
  {
    name: 'REDIRECT', doc: 'Redirect to the local machine (transparent proxy). nat table, PREROUTING and OUTPUT only.', terminal: true,
    tables: ['nat'], chains: ['PREROUTING', 'OUTPUT'],
    options: [
      { name: '--to-ports', args: 1, kind: 'toports', doc: 'Local port or range `a[-b]`.' },
      { name: '--random', args: 0, doc: 'Randomise port mapping.' },
    ],
  },
  {
    name: 'MARK', doc: 'Set the packet mark (policy routing, tc). Not terminal.', terminal: false,
    options: [
      { name: '--set-xmark', args: 1, kind: 'mark', doc: '`value[/mask]`: zero the mask bits, then XOR.' },
      { name: '--set-mark', args: 1, kind: 'mark', doc: '`value[/mask]`.' },
      { name: '--and-mark', args: 1, kind: 'mark', doc: 'Binary AND.' },
      { name: '--or-mark', args: 1, kind: 'mark', doc: 'Binary OR.' },
      { name: '--xor-mark', args: 1, kind: 'mark', doc: 'Binary XOR.' },
    ],
  },
];

export function findTarget(name: string): TargetSpec | undefined {
  return TARGETS.find((t) => t.name === name);
}

/** Built-in chains of each table (iptables(8)). */
export const TABLE_CHAINS: Record<string, string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

export const POLICIES = ['ACCEPT', 'DROP'];

/** Other target extensions iptables ships, known by name only: their options are not checked. */
export const OTHER_TARGETS = ['QUEUE', 'NFQUEUE', 'NFLOG', 'ULOG', 'CT', 'NOTRACK', 'CONNMARK', 'CONNSECMARK', 'SECMARK', 'TCPMSS', 'TPROXY', 'CLASSIFY', 'SET', 'TRACE', 'AUDIT', 'CHECKSUM', 'DSCP', 'TOS', 'TTL', 'HL', 'LED', 'IDLETIMER', 'SYNPROXY', 'NETMAP', 'TEE', 'RATEEST', 'HMARK', 'CLUSTERIP', 'TCPOPTSTRIP'];

/** Names a `-j` may use without a chain of that name: verdicts and extensions. */
export function isKnownTarget(name: string): boolean {
  return !!findTarget(name) || OTHER_TARGETS.includes(name);
}
