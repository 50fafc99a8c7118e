/**
 * The engine's vocabulary. Plain data shaped like LSP's (0-based lines, UTF-16 columns), so the
 * LSP layer converts nothing and the CLI can print it; nothing here imports vscode-languageserver.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Language ids the product contributes, plus VS Code's shell language for firewall scripts. */
export type LanguageId = 'asterisk-conf' | 'fail2ban-conf' | 'iptables' | 'shellscript';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One replacement in one file. `file` is the engine's file id (absolute path or URI). */
export interface FileEdit {
  file: string;
  range: Range;
  newText: string;
  /**
   * The file does not exist yet: create it (empty), then apply this edit at 0:0 (cross-file fixes
   * such as a new fail2ban `.local` override). Absent for edits of existing files.
   */
  createFile?: boolean;
}

/**
 * `safe` fixes preserve behaviour or are clearly intended and may join "fix all";
 * `review` fixes change behaviour and are offered one at a time.
 */
export type FixKind = 'safe' | 'review';

export interface Fix {
  title: string;
  kind: FixKind;
  edits: FileEdit[];
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  slug: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  fixes: Fix[];
  related?: RelatedLocation[];
  /** Set when an inline suppression comment covers the finding (SARIF keeps these). */
  suppressed?: boolean;
}

/** What a rule returns: the registry fills in id, slug, default severity and file. */
export interface RawFinding {
  message: string;
  range: Range;
  /** Overrides the rule's default severity (rules whose severity depends on the case, e.g. W/E). */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Findings may point into another file (e.g. the template that set a value). */
  file?: string;
}

export function range(line: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line: endLine, character: endChar } };
}

export function lineRange(line: number, startChar: number, endChar: number): Range {
  return range(line, startChar, line, endChar);
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 4, warning: 3, info: 2, hint: 1 };
