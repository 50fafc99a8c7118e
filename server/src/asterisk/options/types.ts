import type { ConfigKind } from '../config/types';

/** How Asterisk reads an option's value. `bool` is ast_true()/ast_false(). */
export type OptionType = 'bool' | 'int' | 'string' | 'enum' | 'acl' | 'list' | 'secret' | 'address' | 'context';

export interface OptionSpec {
  name: string;
  type: OptionType;
  /** The value used when the option is absent (from the code, not the sample file). */
  default?: string;
  /** Allowed values for `enum` (and well-known values for completion). */
  values?: string[];
  /** One line, our own words. Entries without it were generated from option names and defaults: their `type` is inferred from the default and rules do not rely on it. */
  doc?: string;
  /** The value the hardening guidance recommends. */
  secure?: string;
  /** Section classes the option belongs to (`general`, `peer`, `user`, `endpoint`, …); absent: any. */
  sections?: string[];
  /** First / last Asterisk major version that reads it. */
  since?: number;
  until?: number;
}

/** One configuration file's catalogue: described options plus the other option names Asterisk accepts there. */
export interface OptionTable {
  kind: ConfigKind;
  file: string;
  /** The module reading the file exists from / up to this major version (chan_sip: up to 20). */
  since?: number;
  until?: number;
  options: OptionSpec[];
  /** Other accepted names (lower-case), without details yet: enough for unknown-option checks and completion. */
  names: string[];
  /** False when the file's keys are free-form (then unknown options are never reported). */
  closed: boolean;
}
