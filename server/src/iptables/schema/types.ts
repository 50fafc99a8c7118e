/**
 * The shape of the option schema. The schema itself (matches.ts, targets.ts, core.ts) is data: adding
 * a match means adding an entry, never a branch in the parser or the rules.
 */
import type { Family } from '../model';

/** How an option's value is checked (see values.ts). */
export type ValueKind =
  | 'port' | 'portlist' | 'states' | 'ctstates' | 'ctdir' | 'rate' | 'burst' | 'icmptype' | 'icmp6type'
  | 'reject4' | 'reject6' | 'comment' | 'logprefix' | 'loglevel' | 'iprange' | 'mac' | 'addrtypes'
  | 'uint' | 'uintrange' | 'tos' | 'mark' | 'natdest' | 'natsrc' | 'toports' | 'name' | 'tcpflags'
  | 'setflags' | 'hashmode' | 'address' | 'iface' | 'owner' | 'any';

export interface OptionSpec {
  /** Long name with dashes, e.g. `--dport`. */
  name: string;
  aliases?: string[];
  /** Number of argument words. */
  args: 0 | 1 | 2;
  kind?: ValueKind;
  negatable?: boolean;
  /** May appear more than once (most options may not). */
  repeatable?: boolean;
  /** Built-in chains where the kernel accepts the option. */
  chains?: string[];
  doc: string;
}

export interface MatchSpec {
  name: string;
  doc: string;
  /** `-p` values the match requires (any of them), when it depends on the protocol. */
  protocols?: string[];
  /** Only valid for this address family. */
  family?: Family;
  options: OptionSpec[];
  /** Options that must be given. */
  required?: string[];
  /** Outcome depends on state, rate or kernel data: "may match" for reachability. */
  stateful?: boolean;
  /** Does not restrict packets (comment). */
  neutral?: boolean;
  /** Built-in chains where the kernel accepts the match (direction-bound data: MAC, socket owner). */
  chains?: string[];
}

export interface TargetSpec {
  name: string;
  doc: string;
  /** Ends the packet's walk through the chain (ACCEPT, DROP, REJECT, DNAT…). */
  terminal: boolean;
  /** Tables where the kernel accepts the target; absent: every table. */
  tables?: string[];
  /** Built-in chains where the kernel accepts it; absent: every chain. */
  chains?: string[];
  family?: Family;
  options: OptionSpec[];
  /** Option that must be given (e.g. DNAT `--to-destination`). */
  required?: string[];
}
