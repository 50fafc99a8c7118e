import type { CommandLetter } from '../model';

/** The commands of iptables(8): short letter, long names, and what follows the letter. */
export interface CommandSpec {
  letter: CommandLetter;
  long: string[];
  /** chain: required chain; optchain: optional chain; ruleSpec: a rule follows. */
  chain: 'required' | 'optional';
  ruleNum?: 'required' | 'optional';
  ruleSpec: boolean;
  doc: string;
}

export const COMMANDS: CommandSpec[] = [
  { letter: 'A', long: ['--append'], chain: 'required', ruleSpec: true, doc: 'Append a rule to the end of the chain.' },
  { letter: 'I', long: ['--insert'], chain: 'required', ruleNum: 'optional', ruleSpec: true, doc: 'Insert a rule at a position (default 1, the top).' },
  { letter: 'D', long: ['--delete'], chain: 'required', ruleNum: 'optional', ruleSpec: true, doc: 'Delete a rule by specification or number.' },
  { letter: 'R', long: ['--replace'], chain: 'required', ruleNum: 'required', ruleSpec: true, doc: 'Replace the rule at a position.' },
  { letter: 'C', long: ['--check'], chain: 'required', ruleSpec: true, doc: 'Check whether a rule exists.' },
  { letter: 'N', long: ['--new-chain', '--new'], chain: 'required', ruleSpec: false, doc: 'Create a user-defined chain.' },
  { letter: 'X', long: ['--delete-chain'], chain: 'optional', ruleSpec: false, doc: 'Delete a user-defined chain (all of them without a name).' },
  { letter: 'F', long: ['--flush'], chain: 'optional', ruleSpec: false, doc: 'Delete every rule of a chain (of every chain without a name).' },
  { letter: 'Z', long: ['--zero'], chain: 'optional', ruleNum: 'optional', ruleSpec: false, doc: 'Zero the counters.' },
  { letter: 'P', long: ['--policy'], chain: 'required', ruleSpec: false, doc: 'Set the policy (ACCEPT or DROP) of a built-in chain.' },
  { letter: 'E', long: ['--rename-chain'], chain: 'required', ruleSpec: false, doc: 'Rename a user-defined chain.' },
  { letter: 'L', long: ['--list'], chain: 'optional', ruleSpec: false, doc: 'List rules.' },
  { letter: 'S', long: ['--list-rules'], chain: 'optional', ruleSpec: false, doc: 'Print rules in iptables-save form.' },
];

/** Rule-spec and general options of iptables itself (not extensions). */
export const CORE_OPTIONS: Record<string, { long: string[]; doc: string }> = {
  '-t': { long: ['--table'], doc: 'Table: filter (default), nat, mangle, raw, security.' },
  '-p': { long: ['--protocol'], doc: 'Protocol: tcp, udp, icmp, ipv6-icmp, all, a number or an /etc/protocols name. `! -p` negates.' },
  '-s': { long: ['--source', '--src'], doc: 'Source address[/mask], comma list allowed. `! -s` negates.' },
  '-d': { long: ['--destination', '--dst'], doc: 'Destination address[/mask], comma list allowed.' },
  '-i': { long: ['--in-interface'], doc: 'Incoming interface (`eth+` wildcard). Not in OUTPUT/POSTROUTING.' },
  '-o': { long: ['--out-interface'], doc: 'Outgoing interface. Not in INPUT/PREROUTING.' },
  '-m': { long: ['--match'], doc: 'Load a match extension; its options follow.' },
  '-j': { long: ['--jump'], doc: 'Target: ACCEPT, DROP, RETURN, an extension (REJECT, LOG…) or a user chain.' },
  '-g': { long: ['--goto'], doc: 'Continue in a user chain without returning here.' },
  '-f': { long: ['--fragment'], doc: 'Second and later fragments only (IPv4).' },
  '-w': { long: ['--wait'], doc: 'Wait for the xtables lock (recommended in scripts that coexist with fail2ban).' },
  '-W': { long: ['--wait-interval'], doc: 'Lock wait interval in microseconds.' },
  '-c': { long: ['--set-counters'], doc: 'Initial packet and byte counters.' },
  '-v': { long: ['--verbose'], doc: 'Verbose output.' },
  '-n': { long: ['--numeric'], doc: 'Numeric output.' },
  '-x': { long: ['--exact'], doc: 'Exact counters.' },
  '-4': { long: ['--ipv4'], doc: 'Only for IPv4 (ignored by ip6tables).' },
  '-6': { long: ['--ipv6'], doc: 'Only for IPv6 (ignored by iptables).' },
  '--line-numbers': { long: [], doc: 'Show rule numbers when listing.' },
  '--modprobe': { long: [], doc: 'Module loader command.' },
};

export function coreOptionFor(word: string): string | undefined {
  if (word in CORE_OPTIONS) return word;
  for (const [k, v] of Object.entries(CORE_OPTIONS)) if (v.long.includes(word)) return k;
  return undefined;
}

export function commandFor(word: string): CommandSpec | undefined {
  return COMMANDS.find((c) => `-${c.letter}` === word || c.long.includes(word));
}

export const TABLES = Object.freeze(['filter', 'nat', 'mangle', 'raw', 'security']);
