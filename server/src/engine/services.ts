import type { AnalysisContext, ParsedFile } from './rule';
import type { Position, Range } from './types';

/**
 * Editor features a language room may offer, as plain data. The LSP layer converts these to
 * protocol types; rooms never see LSP.
 */
export interface HoverResult {
  /** Markdown. */
  contents: string;
  range?: Range;
}

export type CompletionKind = 'option' | 'value' | 'section' | 'context' | 'account' | 'application' | 'function' | 'keyword' | 'file' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Plain text inserted when the client has no snippet support (or for non-snippet items). */
  insertText?: string;
  /** Snippet syntax (`${1:placeholder}`); used only when the client supports snippets. */
  snippet?: string;
  /** Range replaced by the completion; default: the word at the cursor. */
  range?: Range;
}

export type SymbolKind = 'section' | 'template' | 'context' | 'extension' | 'option' | 'jail' | 'filter' | 'chain' | 'table' | 'rule';

export interface SymbolEntry {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: SymbolEntry[];
}

export interface LocationEntry {
  file: string;
  range: Range;
}

export interface FoldingEntry {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

export interface LanguageServices<M> {
  hover?(file: ParsedFile<M>, pos: Position, ctx: AnalysisContext): HoverResult | undefined;
  completion?(file: ParsedFile<M>, pos: Position, ctx: AnalysisContext): CompletionEntry[];
  symbols?(file: ParsedFile<M>, ctx: AnalysisContext): SymbolEntry[];
  definition?(file: ParsedFile<M>, pos: Position, ctx: AnalysisContext): LocationEntry[];
  folding?(file: ParsedFile<M>, ctx: AnalysisContext): FoldingEntry[];
}
