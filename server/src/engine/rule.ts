import type { Settings } from './settings';
import type { FileSystemView } from './fs';
import type { LineIndex } from './text';
import type { LanguageServices } from './services';
import type { LanguageId, RawFinding, Severity } from './types';

export type RuleFamily = 'AST' | 'F2B' | 'IPT' | 'XF' | 'AH';

/** A rule's public identity and documentation, kept in the rule's own file. */
export interface RuleMeta {
  /** `FAMILY` + three digits, e.g. `AST101`. Public interface: never renumbered. */
  id: string;
  /** kebab-case name, accepted wherever an id is. */
  slug: string;
  severity: Severity;
  /** One line: what the rule finds. Used by `asterisk-harden rules`, SARIF and the docs. */
  title: string;
  /** Comes straight from the hardening guide. */
  p1?: boolean;
  /** Which fixes the rule offers, for the catalogue. */
  fix?: 'safe' | 'review' | 'safe/review';
}

/** A document as the engine sees it: its id (absolute path or URI), language and text. */
export interface SourceDoc {
  file: string;
  language: LanguageId;
  text: string;
  version?: number;
}

/** What every rule may consult besides its model. Pure data plus a read-only file view. */
export interface AnalysisContext {
  settings: Settings;
  fs: FileSystemView;
  /** Models of other files, parsed once and shared by every rule of this analysis (cross-file rules). */
  models: ModelProvider;
}

export interface RuleContext extends AnalysisContext {
  doc: SourceDoc;
  lines: LineIndex;
}

export interface Rule<M> {
  meta: RuleMeta;
  check(model: M, ctx: RuleContext): RawFinding[];
}

/**
 * One language room's entry point. The engine core knows nothing of Asterisk, fail2ban or
 * iptables: each room hands it a plugin, and the composition root (server/src/plugins.ts) lists them.
 */
export interface LanguagePlugin<M = unknown> {
  name: string;
  /** Comment characters that may start a suppression comment in this language. */
  commentPrefixes: string[];
  handles(doc: SourceDoc, settings: Settings): boolean;
  parse(doc: SourceDoc, ctx: AnalysisContext): M;
  rules: Rule<M>[];
  /**
   * The first line on which `disable-file=` no longer applies (the first section header), or
   * undefined when it may stand anywhere.
   */
  fileSuppressionLimit?(model: M): number | undefined;
  /**
   * Lines ending in `\` continue on the next (shell scripts): a line suppression then covers the
   * whole logical line, and "disable for this line" inserts before its first physical line.
   */
  backslashContinuation?: boolean;
  /**
   * The files that include this one (Asterisk's `#include`): a finding reported while checking one of
   * them may point into this file, where a suppression comment covers it (so it is not "unused").
   */
  includers?(file: string, ctx: AnalysisContext): string[];
  /** Hover, completion, symbols, definition, folding: optional, pure. */
  services?: LanguageServices<M>;
}

export interface ParsedFile<M = unknown> {
  doc: SourceDoc;
  lines: LineIndex;
  plugin: LanguagePlugin<M>;
  model: M;
}

export interface ModelProvider {
  /** The parsed model of another file (read through the file view), or undefined when unreadable or unclaimed. */
  get(file: string, language?: LanguageId): ParsedFile | undefined;
}

/**
 * A rule that needs several files (workspace/): it runs on documents of the given languages and
 * reaches the other files through `ctx.models`. Rooms never import each other; these rules may.
 */
export interface CrossFileRule {
  meta: RuleMeta;
  languages: LanguageId[];
  check(file: ParsedFile, ctx: RuleContext): RawFinding[];
}
