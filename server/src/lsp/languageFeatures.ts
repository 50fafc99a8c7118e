import {
  CompletionItemKind, FoldingRangeKind, InsertTextFormat, MarkupKind, SymbolKind,
  type CompletionItem, type DocumentSymbol, type FoldingRange, type Hover, type Location,
} from 'vscode-languageserver/node';
import type { CompletionEntry, CompletionKind, SymbolEntry, SymbolKind as EngineSymbolKind } from '../engine/services';
import type { Position } from '../engine/types';
import type { Analysis } from './documentState';
import type { UriMap } from './uris';

/**
 * Hover, completion, symbols, definition and folding: each delegates to the language room's pure
 * services on the document's current parse and converts the plain result to LSP.
 */
function services(analysis: Analysis | undefined) {
  const parsed = analysis?.parsed;
  const svc = parsed?.plugin.services;
  return parsed && svc ? { parsed, svc, ctx: analysis!.ctx } : undefined;
}

export function hover(analysis: Analysis | undefined, pos: Position): Hover | null {
  const s = services(analysis);
  const h = s?.svc.hover?.(s.parsed, pos, s.ctx);
  if (!h) return null;
  return { contents: { kind: MarkupKind.Markdown, value: h.contents }, ...(h.range ? { range: h.range } : {}) };
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  option: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  section: CompletionItemKind.Module,
  context: CompletionItemKind.Module,
  account: CompletionItemKind.Reference,
  application: CompletionItemKind.Function,
  function: CompletionItemKind.Function,
  keyword: CompletionItemKind.Keyword,
  file: CompletionItemKind.File,
  snippet: CompletionItemKind.Snippet,
};

export function completion(analysis: Analysis | undefined, pos: Position, snippetSupport: boolean): CompletionItem[] {
  const s = services(analysis);
  const entries = s?.svc.completion?.(s.parsed, pos, s.ctx) ?? [];
  const items: CompletionItem[] = [];
  for (const e of entries) {
    const item = toCompletionItem(e, snippetSupport);
    if (item) items.push(item);
  }
  return items;
}

/** Clients without snippet support get plain text; snippet-only items are left out for them. */
export function toCompletionItem(e: CompletionEntry, snippetSupport: boolean): CompletionItem | undefined {
  const item: CompletionItem = { label: e.label, kind: COMPLETION_KIND[e.kind] };
  if (e.detail) item.detail = e.detail;
  if (e.documentation) item.documentation = { kind: MarkupKind.Markdown, value: e.documentation };
  let text: string;
  if (e.snippet && snippetSupport) {
    item.insertTextFormat = InsertTextFormat.Snippet;
    text = e.snippet;
  } else if (e.insertText !== undefined) {
    item.insertTextFormat = InsertTextFormat.PlainText;
    text = e.insertText;
  } else if (e.snippet) {
    return undefined;
  } else {
    text = e.label;
  }
  if (e.range) item.textEdit = { range: e.range, newText: text };
  else item.insertText = text;
  return item;
}

const SYMBOL_KIND: Record<EngineSymbolKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  template: SymbolKind.Class,
  context: SymbolKind.Namespace,
  extension: SymbolKind.Function,
  option: SymbolKind.Property,
  jail: SymbolKind.Namespace,
  filter: SymbolKind.Object,
  chain: SymbolKind.Namespace,
  table: SymbolKind.Package,
  rule: SymbolKind.Event,
};

function toSymbol(e: SymbolEntry): DocumentSymbol {
  return {
    name: e.name || ' ',
    ...(e.detail ? { detail: e.detail } : {}),
    kind: SYMBOL_KIND[e.kind],
    range: e.range,
    selectionRange: e.selectionRange,
    ...(e.children?.length ? { children: e.children.map(toSymbol) } : {}),
  };
}

export function symbols(analysis: Analysis | undefined): DocumentSymbol[] {
  const s = services(analysis);
  return (s?.svc.symbols?.(s.parsed, s.ctx) ?? []).map(toSymbol);
}

export function definition(analysis: Analysis | undefined, pos: Position, uris: UriMap): Location[] {
  const s = services(analysis);
  return (s?.svc.definition?.(s.parsed, pos, s.ctx) ?? []).map((l) => ({ uri: uris.uriOf(l.file), range: l.range }));
}

export function folding(analysis: Analysis | undefined): FoldingRange[] {
  const s = services(analysis);
  return (s?.svc.folding?.(s.parsed, s.ctx) ?? []).map((f) => ({
    startLine: f.startLine,
    endLine: f.endLine,
    ...(f.kind ? { kind: f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region } : {}),
  }));
}
