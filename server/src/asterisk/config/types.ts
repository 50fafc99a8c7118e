/**
 * The Asterisk configuration model, in two layers:
 *
 *  - the *syntax* of one file (`ConfigFileSyntax`): every header, directive and `key=value` line
 *    with exact ranges (0-based line, UTF-16 column), comments, and the parser's problems;
 *  - the *effective* configuration Asterisk builds from a root file (`AsteriskConfig`): includes
 *    expanded in place, template variables copied first, then the section's own lines, then `(+)`
 *    additions, each variable carrying where it came from (`file` + ranges).
 *
 * Everything is plain data: rules and services read it, nothing here mutates after parsing.
 */
import type { Range } from '../../engine/types';

/** Which module reads a file, by base name (`sip.conf`, `sip.conf.sample` -> 'sip'). */
export type ConfigKind =
  | 'sip' | 'pjsip' | 'pjsip_wizard' | 'iax' | 'manager' | 'http' | 'ari' | 'logger' | 'rtp'
  | 'acl' | 'asterisk' | 'modules' | 'extensions' | 'other';

/** `=`, `=>` (same meaning to every consumer) or `+=` (append to the previous value of that name). */
export type AssignOp = '=' | '=>' | '+=';

export interface HeaderStmt {
  kind: 'header';
  line: number;
  /** The whole header text as Asterisk saw it (after comment removal, stripped). */
  range: Range;
  /** Everything between `[` and the first `]`, untrimmed (Asterisk does not trim it). */
  name: string;
  nameRange: Range;
  /** The `(…)` list when it directly follows `]`, with its range (parentheses included). */
  options?: { text: string; range: Range };
  /** `[x] (!)`: whitespace between `]` and `(` — Asterisk silently ignores the options. Range of the whitespace. */
  spaceBeforeOptions?: Range;
  /** The options Asterisk ignored because of `spaceBeforeOptions` (for messages and the fix). */
  ignoredOptions?: { text: string; range: Range };
  template: boolean;
  /** `(+)` or `(+filter)`: append to an existing section. `filter` is '' for a bare `+`. */
  addition?: { filter: string; range: Range };
  /** Base names in `(a,b)`, as written (never trimmed). */
  bases: { name: string; range: Range }[];
}

export interface DirectiveStmt {
  kind: 'directive';
  line: number;
  range: Range;
  /** Lower-cased directive word: `include`, `tryinclude`, `exec` or anything else (unknown). */
  name: string;
  nameRange: Range;
  /** The argument with matching quotes or angle brackets removed; '' when missing. */
  argument: string;
  argumentRange?: Range;
}

/** Where one piece of a value sits in the source (a `+=` value has several pieces). */
export interface ValuePart {
  file: string;
  line: number;
  /** Source column of each character of `text`; absent when contiguous from `range.start` (no `\;` unescaped). */
  cols?: number[];
  text: string;
  range: Range;
}

export interface VariableStmt {
  kind: 'variable';
  line: number;
  range: Range;
  /** The key, stripped, with a leading `\` escape removed. */
  name: string;
  nameRange: Range;
  op: AssignOp;
  opRange: Range;
  /** The value as the module receives it: stripped, `\;` unescaped. */
  value: string;
  /** The value's source range (empty range just after the operator when the value is empty). */
  valueRange: Range;
  /** Source column of each value character; absent when contiguous from `valueRange.start` (the usual case). */
  valueCols?: number[];
}

export type Statement = HeaderStmt | DirectiveStmt | VariableStmt;

export interface CommentSpan {
  kind: 'line' | 'block';
  range: Range;
}

/** Problem codes are the rule ids that report them (AST001…AST007). */
export interface ConfigProblem {
  code: 'AST001' | 'AST002' | 'AST003' | 'AST004' | 'AST005' | 'AST006' | 'AST007';
  file: string;
  range: Range;
  message: string;
  /** The statement involved, when there is one (fixes need it). */
  stmt?: Statement;
  /** Asterisk rejects the whole file (CONFIG_STATUS_FILEINVALID) because of it. */
  fatal?: boolean;
}

/** One file, parsed on its own (no includes followed). */
export interface ConfigFileSyntax {
  file: string;
  statements: Statement[];
  comments: CommentSpan[];
  /** Syntax problems of this file alone (AST001, AST002, AST005). */
  problems: ConfigProblem[];
  /** First header line, or undefined when the file has none. */
  firstHeaderLine?: number;
}

/** One variable of an effective section. */
export interface ConfigVariable {
  /** The key as written (modules compare most keys case-insensitively; use `key` for lookups). */
  name: string;
  /** Lower-cased name. */
  key: string;
  /** Effective value (after `+=` concatenation and `\;` unescaping). */
  value: string;
  op: AssignOp;
  /** File and statement that defined it (the first piece for `+=` chains). */
  file: string;
  stmt: VariableStmt;
  /** Every piece of the value: the defining line, then each `+=` line. */
  parts: ValuePart[];
  /** Set when copied from a base section by `(base)`: the base named in this section's header. */
  inheritedFrom?: ConfigSection;
  /** Set when it was added by a `[name](+)` header (that header's statement and file). */
  addedBy?: { file: string; header: HeaderStmt };
}

export interface ConfigSection {
  name: string;
  /** Lower-cased name (Asterisk looks categories up case-insensitively). */
  key: string;
  file: string;
  header: HeaderStmt;
  template: boolean;
  /** Resolved bases in header order (unknown ones are reported as AST003 and left out). */
  bases: ConfigSection[];
  /** Effective variables in Asterisk's order: inherited, own, then `(+)` additions. */
  variables: ConfigVariable[];
  /** `(+)` headers merged into this section. */
  additions: { file: string; header: HeaderStmt }[];
  /** Last line of the section's own block in its file (for folding and "insert at end" edits). */
  endLine: number;
  /** Index among all sections of the model, in load order. */
  index: number;
}

export interface IncludeEdge {
  /** The including file and directive. */
  file: string;
  directive: DirectiveStmt;
  /** Files the directive loaded (several for a glob; empty when nothing matched). */
  targets: string[];
}

export interface AsteriskConfig {
  /** The root file's id. */
  file: string;
  kind: ConfigKind;
  /** Syntax of the root file. */
  syntax: ConfigFileSyntax;
  /** Syntax of every file loaded (root first, then includes in load order). */
  files: Map<string, ConfigFileSyntax>;
  /** Every section in load order, templates included (modules never see templates: check `template`). */
  sections: ConfigSection[];
  includes: IncludeEdge[];
  /** Problems of the root file and of the effective build (unknown base, missing include…). */
  problems: ConfigProblem[];
  /** True when a fatal problem makes Asterisk reject the whole file (CONFIG_STATUS_FILEINVALID). */
  invalid: boolean;
}
