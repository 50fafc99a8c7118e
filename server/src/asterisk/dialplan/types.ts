/**
 * The dialplan model (extensions.conf), as `pbx/pbx_config.c` reads it. Offsets inside a value are
 * indices into that value string; `Loc` turns them into source ranges through the config parser's
 * per-character columns (a `\;` occupies two columns but one character).
 */
import type { Range } from '../../engine/types';

/**
 * What the dialplan layer needs from one config line: the config parser's VariableStmt fits as
 * is (no copy), with `file` set only for lines that come from another file than their section.
 */
export interface DpSourceLine {
  file?: string;
  line: number;
  /** Key as written (`exten`, `same`, `include`…). */
  name: string;
  nameRange: Range;
  value: string;
  valueRange: Range;
  /** Source column of each character of `value`; absent when contiguous from `valueRange.start`. */
  valueCols?: number[];
}

/** What the dialplan layer needs from one config section. */
export interface DpSourceSection {
  name: string;
  file: string;
  nameRange: Range;
  headerRange: Range;
  endLine: number;
  template: boolean;
  lines: DpSourceLine[];
}

/** Maps offsets of a value string to source ranges. */
export interface Loc {
  file: string;
  line: number;
  /** Source column of each character; absent when the value is contiguous from `startCol`. */
  cols?: number[];
  startCol: number;
  /** Column just after the value (for offsets at its end). */
  endCol: number;
}

/** `${name}`, `${name:1:2}` or `${FUNC(args)}` (optionally with a substring), with nested nodes. */
export interface DpVarRef {
  kind: 'var';
  /** Offsets of the whole `${…}`. */
  start: number;
  end: number;
  /** The variable or function name as written (may contain nested `${…}`). */
  name: string;
  nameStart: number;
  nameEnd: number;
  isFunction: boolean;
  /** Function arguments split on `,`/`|` outside parentheses, quotes and brackets. */
  args: DpArg[];
  /** `:offset[:length]` text after the name or the call, without the first `:`. */
  substring?: { text: string; start: number; end: number };
  /** `${…}` and `$[…]` found inside the name, the arguments or the substring. */
  children: DpNode[];
  /** True when the braces never closed (Asterisk then takes the rest of the string). */
  unterminated?: boolean;
}

/** `$[ … ]`: an expression evaluated by `ast_expr`. */
export interface DpExpr {
  kind: 'expr';
  start: number;
  end: number;
  text: string;
  children: DpNode[];
  unterminated?: boolean;
}

export type DpNode = DpVarRef | DpExpr;

/** One argument of an application or function call. */
export interface DpArg {
  /** Raw text (quotes and backslashes kept, as written). */
  text: string;
  start: number;
  end: number;
}

export interface DpPattern {
  /** Text as written (leading `_` included for patterns). */
  text: string;
  start: number;
  end: number;
  isPattern: boolean;
  /** Contains `.` or `!` (matches any length). */
  open: boolean;
  /** A `[…]` class or letter that admits something other than digits (`[a-z]`, `[*#]`…). */
  nonDigitClass: boolean;
  /** Exactly `_.` or `_!`. */
  catchAll: boolean;
  /** `[` without `]`. */
  badClass: boolean;
}

export interface DpPriority {
  text: string;
  start: number;
  end: number;
  /** `number`, `n`/`next`, `s`/`same`, `hint`, or a label reference. */
  kind: 'number' | 'next' | 'same' | 'hint' | 'label' | 'invalid';
  value?: number;
  offset?: number;
  /** Label defined by `n(label)`. */
  label?: { name: string; start: number; end: number };
}

export interface DpAppCall {
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Text between the first `(` and the last `)`, and its offsets; undefined without parentheses. */
  data?: string;
  dataStart: number;
  dataEnd: number;
  args: DpArg[];
  /** `${…}`/`$[…]` anywhere in the data. */
  nodes: DpNode[];
  /** `(` with no closing `)`. */
  unclosed?: boolean;
}

export interface DpExtension {
  kind: 'exten' | 'same';
  /** The value as Asterisk received it (offsets below index it). */
  value: string;
  loc: Loc;
  /** Index of this line in its context's line list. */
  index: number;
  keyRange: Range;
  /** The pattern this priority belongs to (`same` reuses the previous `exten`'s). */
  pattern?: DpPattern;
  /** Set when the pattern came from a previous line (`same =>`). */
  inheritedPattern?: boolean;
  callerId?: { text: string; start: number; end: number };
  priority?: DpPriority;
  app?: DpAppCall;
  /** Asterisk drops this line (same/next first in a context, bad priority, missing fields). */
  dropped?: string;
}

export interface DpInclude {
  kind: 'include' | 'switch' | 'ignorepat' | 'other';
  key: string;
  value: string;
  loc: Loc;
  keyRange: Range;
  /** Target context (include), tech/data (switch), pattern (ignorepat), raw value otherwise. */
  target: string;
  targetStart: number;
  targetEnd: number;
  nodes: DpNode[];
}

export interface DpContext {
  name: string;
  /** Lower-cased (Asterisk looks contexts up case-insensitively). */
  key: string;
  file: string;
  nameRange: Range;
  headerRange: Range;
  endLine: number;
  template: boolean;
  extensions: DpExtension[];
  includes: DpInclude[];
  /** Variables assigned from caller-controlled input in this context (`Read(VAR…)`, `Set(VAR=${EXTEN})`). */
  taintedVars: Set<string>;
}

export interface Dialplan {
  contexts: DpContext[];
  /** Lower-cased name to contexts (the same name may appear several times: Asterisk merges them). */
  byName: Map<string, DpContext[]>;
  /** `[globals]` and `[general]` are not contexts; kept for completeness. */
  globals: DpSourceSection[];
}
