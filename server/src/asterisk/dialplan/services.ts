/**
 * Dialplan editor services as plain data: document symbols (contexts and their extensions),
 * go-to-definition for context names (`include =>`, `Goto`, `Gosub`), and hover for applications,
 * functions and well-known variables. The asterisk plugin's services call these.
 */
import type { AnalysisContext } from '../../engine/rule';
import type { HoverResult, LocationEntry, SymbolEntry } from '../../engine/services';
import type { Position, Range } from '../../engine/types';
import { APPLICATIONS, FUNCTIONS, VARIABLES, type CatalogueEntry } from './catalogue';
import { walkNodes } from './expr';
import { dialplanOf, type ModelLike } from './host';
import { rangeAt } from './model';
import { contextRefs } from './targets';
import type { Dialplan, DpExtension } from './types';
import { otherDialplanFiles } from './workspace';

function inside(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

export function dialplanSymbols(dp: Dialplan, file: string): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  for (const c of dp.contexts) {
    if (c.file !== file) continue;
    const children: SymbolEntry[] = [];
    const byPattern = new Map<string, SymbolEntry>();
    for (const ext of c.extensions) {
      if (!ext.pattern || ext.loc.file !== file) continue;
      const lineEnd = { line: ext.loc.line, character: ext.loc.endCol };
      const sym = byPattern.get(ext.pattern.text);
      if (sym) {
        if (lineEnd.line > sym.range.end.line) sym.range = { start: sym.range.start, end: lineEnd };
        continue;
      }
      const sel = ext.inheritedPattern ? { start: ext.keyRange.start, end: ext.keyRange.end } : rangeAt(ext.loc, ext.pattern.start, ext.pattern.end);
      const entry: SymbolEntry = { name: ext.pattern.text, kind: 'extension', range: { start: ext.keyRange.start, end: lineEnd }, selectionRange: sel, ...(ext.app ? { detail: ext.app.name.trim() } : {}) };
      byPattern.set(ext.pattern.text, entry);
      children.push(entry);
    }
    out.push({ name: c.name, kind: 'context', detail: `${children.length} extension${children.length === 1 ? '' : 's'}`, range: { start: c.headerRange.start, end: { line: Math.max(c.endLine, c.headerRange.end.line), character: 0 } }, selectionRange: c.nameRange, children });
  }
  return out;
}

/** Contexts named `name` in this dialplan and in the other dialplan files of the etc dir. */
export function contextLocations(name: string, dp: Dialplan, docFile: string, ctx: AnalysisContext): LocationEntry[] {
  const key = name.toLowerCase();
  const out: LocationEntry[] = (dp.byName.get(key) ?? []).map((c) => ({ file: c.file, range: c.nameRange }));
  for (const other of otherDialplanFiles(docFile, ctx)) {
    const m = ctx.models.get(other, 'asterisk-conf')?.model as ModelLike | undefined;
    const odp = m?.config ? dialplanOf(m) : undefined;
    for (const c of odp?.byName.get(key) ?? []) if (!out.some((o) => o.file === c.file && o.range.start.line === c.nameRange.start.line)) out.push({ file: c.file, range: c.nameRange });
  }
  return out;
}

export function dialplanDefinition(dp: Dialplan, docFile: string, pos: Position, ctx: AnalysisContext): LocationEntry[] {
  for (const c of dp.contexts) {
    for (const ref of contextRefs(c)) {
      if (ref.loc.line !== pos.line || ref.loc.file !== docFile) continue;
      if (inside(rangeAt(ref.loc, ref.start, ref.end), pos)) return contextLocations(ref.name, dp, docFile, ctx);
    }
  }
  return [];
}

function hoverText(kind: string, e: CatalogueEntry): string {
  return `**${kind}** \`${e.signature}\`\n\n${e.summary}${e.security ? `\n\n*Security:* ${e.security}` : ''}`;
}

function extensionAt(dp: Dialplan, docFile: string, pos: Position): DpExtension | undefined {
  for (const c of dp.contexts) for (const e of c.extensions) if (e.loc.line === pos.line && e.loc.file === docFile) return e;
  return undefined;
}

export function dialplanHover(dp: Dialplan, docFile: string, pos: Position): HoverResult | undefined {
  const ext = extensionAt(dp, docFile, pos);
  if (!ext?.app) return undefined;
  const app = ext.app;
  // Innermost `${…}` first: a function inside Dial's data explains itself, not Dial.
  let best: HoverResult | undefined;
  for (const n of walkNodes(app.nodes)) {
    if (n.kind !== 'var') continue;
    const r = rangeAt(ext.loc, n.nameStart, n.nameEnd);
    if (!inside(r, pos)) continue;
    const key = n.name.trim().toLowerCase();
    const e = n.isFunction ? FUNCTIONS[key] : VARIABLES[key];
    if (e) best = { contents: hoverText(n.isFunction ? 'Function' : 'Variable', e), range: r };
  }
  if (best) return best;
  const nameRange = rangeAt(ext.loc, app.nameStart, app.nameEnd);
  if (inside(nameRange, pos)) {
    const e = APPLICATIONS[app.name.trim().toLowerCase()];
    if (e) return { contents: hoverText('Application', e), range: nameRange };
  }
  return undefined;
}

/** The dialplan of a parsed asterisk model, for the plugin's services. */
export function dialplanFor(model: ModelLike): Dialplan | undefined {
  return dialplanOf(model);
}

