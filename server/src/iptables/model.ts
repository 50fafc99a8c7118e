/**
 * The iptables rule model shared by shell scripts and restore files. Every token keeps its document
 * offsets (start inclusive, end exclusive, quotes included) so a finding can underline exactly it.
 */
import type { MatchSpec, OptionSpec, TargetSpec } from './schema/types';

export type Family = 4 | 6;
export type Form = 'shell' | 'restore';

/** One shell/restore word: its unquoted value and where it sits in the document. */
export interface Tok {
  text: string;
  start: number;
  end: number;
  /** The value depends on a shell expansion (`$VAR`, `$(…)`): unknown at analysis time. */
  dynamic?: boolean;
  /** Quoting used in the source (restore files accept double quotes only). */
  quoted?: 'single' | 'double';
}

/** An option as written: `[!] --name arg…`, attached to the core, a match or the target. */
export interface Opt {
  name: Tok;
  /** The `!` before the option, when negated. */
  neg?: Tok;
  args: Tok[];
  spec?: OptionSpec;
}

export interface MatchUse {
  /** The `-m` word, absent for the implicit protocol match loaded by `-p tcp --dport …`. */
  flag?: Tok;
  name: Tok;
  spec?: MatchSpec;
  options: Opt[];
  implicit?: boolean;
}

export interface Addr {
  opt: Tok;
  neg?: Tok;
  value: Tok;
}

export type CommandLetter = 'A' | 'I' | 'D' | 'R' | 'N' | 'X' | 'F' | 'P' | 'Z' | 'E' | 'C' | 'L' | 'S';

export interface Diagnostic {
  /** Rule that reports it: parse-level problems belong to IPT006/IPT007 and friends. */
  ruleId: string;
  start: number;
  end: number;
  message: string;
  severity?: 'error' | 'warning' | 'info';
}

/** One iptables command (a shell command line, or a restore rule line). */
export interface IptCommand {
  form: Form;
  family: Family;
  table: string;
  tableTok?: Tok;
  /** All words after the program name (shell) or the whole line (restore). */
  words: Tok[];
  /** The program word in a shell script (`iptables`, `$IPT`, `/sbin/ip6tables`). */
  program?: Tok;
  /** Offset where the command starts (program or `sudo`, for line insertions) and ends. */
  start: number;
  end: number;
  command?: { letter: CommandLetter; tok: Tok };
  chain?: Tok;
  ruleNum?: Tok;
  policy?: Tok;
  newName?: Tok;
  protocol?: { opt: Tok; neg?: Tok; value: Tok };
  src?: Addr;
  dst?: Addr;
  inIface?: Addr;
  outIface?: Addr;
  fragment?: Tok;
  matches: MatchUse[];
  target?: { flag: Tok; kind: 'jump' | 'goto'; name: Tok; spec?: TargetSpec; options: Opt[] };
  /** Options that belong to nothing loaded, with the word where the problem starts. */
  diagnostics: Diagnostic[];
  /** Some word depends on a shell expansion: value checks are skipped for it. */
  dynamic: boolean;
}

/** A `:CHAIN POLICY [p:b]` line of a restore file. */
export interface ChainDecl {
  name: Tok;
  policy: Tok;
  table: string;
  start: number;
  end: number;
}

export interface TableBlock {
  name: Tok;
  start: number;
  /** The COMMIT line, absent when missing. */
  commit?: Tok;
  /** Offset just after the last `:CHAIN` line (or the header), where new chain lines go. */
  declEnd: number;
}

export interface IptModel {
  form: Form;
  /** The family of a restore file, or of the majority in a script. */
  family: Family;
  commands: IptCommand[];
  chainDecls: ChainDecl[];
  tables: TableBlock[];
  /** Format-level problems (restore structure, quoting). */
  diagnostics: Diagnostic[];
  /** Families present (a script with both iptables and ip6tables lines covers both). */
  families: Set<Family>;
  /** Shell script facts for IPT310. */
  shell?: { setE: boolean; restore: boolean };
  text: string;
}
