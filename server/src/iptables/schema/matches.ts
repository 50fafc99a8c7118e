import type { MatchSpec } from './types';

/** Protocols whose ports the port-based matches understand. */
export const PORT_PROTOCOLS = ['tcp', 'udp', 'udplite', 'sctp', 'dccp'];

/** Matches people use in firewall scripts, with their options (iptables-extensions(8), iptables 1.8.9). */
export const MATCHES: MatchSpec[] = [
  {
    name: 'tcp', doc: 'TCP header fields. Loaded implicitly by `-p tcp` when a TCP option follows.', protocols: ['tcp', '6'],
    options: [
      { name: '--dport', aliases: ['--destination-port'], args: 1, kind: 'port', negatable: true, doc: 'Destination port or range `a:b` (one value only; a list needs `-m multiport --dports`).' },
      { name: '--sport', aliases: ['--source-port'], args: 1, kind: 'port', negatable: true, doc: 'Source port or range `a:b`.' },
      { name: '--syn', args: 0, negatable: true, doc: 'Only connection-opening packets (SYN set, ACK/RST/FIN clear).' },
      { name: '--tcp-flags', args: 2, kind: 'tcpflags', negatable: true, doc: 'Flags to examine, then flags that must be set: `--tcp-flags SYN,ACK SYN`.' },
      { name: '--tcp-option', args: 1, kind: 'uint', negatable: true, doc: 'TCP option number present.' },
    ],
  },
  {
    name: 'udp', doc: 'UDP ports. Loaded implicitly by `-p udp` when a UDP option follows.', protocols: ['udp', '17'],
    options: [
      { name: '--dport', aliases: ['--destination-port'], args: 1, kind: 'port', negatable: true, doc: 'Destination port or range `a:b` (one value only; a list needs `-m multiport --dports`).' },
      { name: '--sport', aliases: ['--source-port'], args: 1, kind: 'port', negatable: true, doc: 'Source port or range `a:b`.' },
    ],
  },
  {
    name: 'icmp', doc: 'ICMP (IPv4) type. Loaded implicitly by `-p icmp`.', protocols: ['icmp', '1'], family: 4,
    options: [{ name: '--icmp-type', args: 1, kind: 'icmptype', negatable: true, doc: 'ICMP type name (`echo-request`) or number (`8`, `3/4`). `iptables -p icmp -h` lists them.' }],
  },
  {
    name: 'icmp6', doc: 'ICMPv6 type (ip6tables). Loaded implicitly by `-p ipv6-icmp`/`icmpv6`.', protocols: ['ipv6-icmp', 'icmpv6', 'icmp6', '58'], family: 6,
    options: [{ name: '--icmpv6-type', args: 1, kind: 'icmp6type', negatable: true, doc: 'ICMPv6 type name (`echo-request`, `neighbour-solicitation`) or number.' }],
  },
  {
    name: 'multiport', doc: 'Up to 15 ports or ranges (a range counts as two) in one rule. Needs `-p tcp|udp|udplite|sctp|dccp`.', protocols: PORT_PROTOCOLS,
    options: [
      { name: '--dports', aliases: ['--destination-ports'], args: 1, kind: 'portlist', negatable: true, doc: 'Destination ports: `80,443,10000:20000`.' },
      { name: '--sports', aliases: ['--source-ports'], args: 1, kind: 'portlist', negatable: true, doc: 'Source ports.' },
      { name: '--ports', args: 1, kind: 'portlist', negatable: true, doc: 'Source or destination ports.' },
    ],
  },
  {
    name: 'conntrack', doc: 'Connection-tracking state. `--ctstate RELATED,ESTABLISHED -j ACCEPT` lets replies in.', stateful: true,
    options: [
      { name: '--ctstate', args: 1, kind: 'ctstates', negatable: true, doc: 'NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED, SNAT, DNAT (comma list).' },
      { name: '--ctproto', args: 1, kind: 'name', negatable: true, doc: 'Layer-4 protocol of the connection.' },
      { name: '--ctorigsrc', args: 1, kind: 'address', negatable: true, doc: 'Original source address.' },
      { name: '--ctorigdst', args: 1, kind: 'address', negatable: true, doc: 'Original destination address.' },
      { name: '--ctreplsrc', args: 1, kind: 'address', negatable: true, doc: 'Reply source address.' },
      { name: '--ctrepldst', args: 1, kind: 'address', negatable: true, doc: 'Reply destination address.' },
      { name: '--ctorigsrcport', args: 1, kind: 'port', negatable: true, doc: 'Original source port.' },
      { name: '--ctorigdstport', args: 1, kind: 'port', negatable: true, doc: 'Original destination port.' },
      { name: '--ctstatus', args: 1, kind: 'name', negatable: true, doc: 'NONE, EXPECTED, SEEN_REPLY, ASSURED, CONFIRMED.' },
      { name: '--ctexpire', args: 1, kind: 'uintrange', negatable: true, doc: 'Remaining lifetime in seconds (`a[:b]`).' },
      { name: '--ctdir', args: 1, kind: 'ctdir', doc: 'ORIGINAL or REPLY direction.' },
    ],
  },
  {
    name: 'state', doc: 'Older form of conntrack state matching (`-m conntrack --ctstate` is preferred).', stateful: true,
    options: [{ name: '--state', args: 1, kind: 'states', negatable: true, doc: 'NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED (comma list).' }],
  },
  {
    name: 'comment', doc: 'Attaches a comment (at most 255 bytes kept) to the rule; matches every packet.', neutral: true,
    options: [{ name: '--comment', args: 1, kind: 'comment', doc: 'The comment text (quote it when it has spaces).' }],
  },
  {
    name: 'iprange', doc: 'Source or destination address in an arbitrary range `a-b`.',
    options: [
      { name: '--src-range', args: 1, kind: 'iprange', negatable: true, doc: 'Source range `from-to`.' },
      { name: '--dst-range', args: 1, kind: 'iprange', negatable: true, doc: 'Destination range `from-to`.' },
    ],
  },
  {
    name: 'limit', doc: 'Matches until a rate is reached (token bucket): typically to rate-limit LOG or ICMP.', stateful: true,
    options: [
      { name: '--limit', args: 1, kind: 'rate', negatable: true, doc: 'Average rate `N/second|minute|hour|day` (default 3/hour).' },
      { name: '--limit-burst', args: 1, kind: 'burst', doc: 'Initial burst (default 5).' },
    ],
  },
  {
    name: 'hashlimit', doc: 'Rate limit per source/destination group (per-IP brute-force throttling). `--hashlimit-name` is mandatory.', stateful: true,
    required: ['--hashlimit-name'],
    options: [
      { name: '--hashlimit-upto', args: 1, kind: 'rate', doc: 'Match while the rate is below this.' },
      { name: '--hashlimit-above', args: 1, kind: 'rate', doc: 'Match once the rate exceeds this.' },
      { name: '--hashlimit', args: 1, kind: 'rate', doc: 'Old alias of `--hashlimit-upto`.' },
      { name: '--hashlimit-burst', args: 1, kind: 'burst', doc: 'Burst size.' },
      { name: '--hashlimit-mode', args: 1, kind: 'hashmode', doc: 'Grouping: srcip, srcport, dstip, dstport (comma list).' },
      { name: '--hashlimit-srcmask', args: 1, kind: 'uint', doc: 'Prefix length grouping source addresses.' },
      { name: '--hashlimit-dstmask', args: 1, kind: 'uint', doc: 'Prefix length grouping destination addresses.' },
      { name: '--hashlimit-name', args: 1, kind: 'name', doc: 'Name of the table in /proc/net/ipt_hashlimit (mandatory).' },
      { name: '--hashlimit-htable-size', args: 1, kind: 'uint', doc: 'Hash table buckets.' },
      { name: '--hashlimit-htable-max', args: 1, kind: 'uint', doc: 'Maximum entries.' },
      { name: '--hashlimit-htable-expire', args: 1, kind: 'uint', doc: 'Entry expiry in ms.' },
      { name: '--hashlimit-htable-gcinterval', args: 1, kind: 'uint', doc: 'Garbage collection interval in ms.' },
    ],
  },
  {
    name: 'recent', doc: 'Remembers source addresses in a named list: `--set` then `--update --seconds 60 --hitcount 4` throttles brute force.', stateful: true,
    options: [
      { name: '--name', args: 1, kind: 'name', doc: 'List name (default DEFAULT).' },
      { name: '--set', args: 0, negatable: true, doc: 'Add the source to the list (always matches).' },
      { name: '--rcheck', args: 0, negatable: true, doc: 'Match when the source is in the list.' },
      { name: '--update', args: 0, negatable: true, doc: 'Like --rcheck, and refresh the last-seen time.' },
      { name: '--remove', args: 0, negatable: true, doc: 'Remove the source from the list.' },
      { name: '--seconds', args: 1, kind: 'uint', doc: 'Only if seen within this many seconds.' },
      { name: '--reap', args: 0, doc: 'Purge entries older than --seconds.' },
      { name: '--hitcount', args: 1, kind: 'uint', doc: 'Only if seen at least this many times.' },
      { name: '--rttl', args: 0, doc: 'Also compare the TTL.' },
      { name: '--rsource', args: 0, doc: 'Use the source address (default).' },
      { name: '--rdest', args: 0, doc: 'Use the destination address.' },
      { name: '--mask', args: 1, kind: 'address', doc: 'Netmask applied to addresses.' },
    ],
  },
  {
    name: 'set', doc: 'Address in an ipset (the set must exist when the rule loads, even under `--test`).', stateful: true,
    options: [
      { name: '--match-set', args: 2, kind: 'setflags', negatable: true, doc: 'Set name, then `src`, `dst` or a comma list of them.' },
      { name: '--return-nomatch', args: 0, doc: 'Report nomatch entries.' },
      { name: '--update-counters', args: 0, negatable: true, doc: 'Update set counters.' },
    ],
  },
  {
    name: 'mac', doc: 'Source MAC address (PREROUTING, FORWARD, INPUT).', chains: ['PREROUTING', 'INPUT', 'FORWARD'],
    options: [{ name: '--mac-source', args: 1, kind: 'mac', negatable: true, doc: 'XX:XX:XX:XX:XX:XX.' }],
  },
  {
    name: 'addrtype', doc: 'Address type of source or destination (LOCAL, BROADCAST, MULTICAST…).',
    options: [
      { name: '--src-type', args: 1, kind: 'addrtypes', negatable: true, doc: 'Source address type(s).' },
      { name: '--dst-type', args: 1, kind: 'addrtypes', negatable: true, doc: 'Destination address type(s).' },
      { name: '--limit-iface-in', args: 0, chains: ['PREROUTING', 'INPUT', 'FORWARD'], doc: 'Only the incoming interface.' },
      { name: '--limit-iface-out', args: 0, chains: ['OUTPUT', 'POSTROUTING', 'FORWARD'], doc: 'Only the outgoing interface.' },
    ],
  },
  {
    name: 'owner', doc: 'Local process owner (OUTPUT and POSTROUTING only).', chains: ['OUTPUT', 'POSTROUTING'],
    options: [
      { name: '--uid-owner', args: 1, kind: 'owner', negatable: true, doc: 'User name or uid (range `a-b`).' },
      { name: '--gid-owner', args: 1, kind: 'owner', negatable: true, doc: 'Group name or gid.' },
      { name: '--socket-exists', args: 0, negatable: true, doc: 'Packet has a socket.' },
      { name: '--suppl-groups', args: 0, doc: 'Also supplementary groups.' },
    ],
  },
  {
    name: 'length', doc: 'Layer-3 packet length.',
    options: [{ name: '--length', args: 1, kind: 'uintrange', negatable: true, doc: 'Length or range `a:b`.' }],
  },
  {
    name: 'tos', doc: 'IPv4 Type of Service field.',
    options: [{ name: '--tos', args: 1, kind: 'tos', negatable: true, doc: 'Value[/mask] or a name (Minimize-Delay, Maximize-Throughput, Maximize-Reliability, Minimize-Cost, Normal-Service).' }],
  },
];

export function findMatch(name: string): MatchSpec | undefined {
  return MATCHES.find((m) => m.name === name);
}

/** The implicit match `-p` loads: `-p tcp` makes `--dport` available without `-m tcp`. */
export function implicitMatchFor(protocol: string | undefined): MatchSpec | undefined {
  if (!protocol) return undefined;
  const p = protocol.toLowerCase();
  return MATCHES.find((m) => ['tcp', 'udp', 'icmp', 'icmp6'].includes(m.name) && m.protocols?.includes(p));
}
