/** Document symbols (sections and templates with their options), folding ranges and go-to-definition. */
import * as path from 'node:path';
import type { AnalysisContext, ParsedFile } from '../../engine/rule';
import type { FoldingEntry, LocationEntry, SymbolEntry } from '../../engine/services';
import type { Position } from '../../engine/types';
import { buildConfig } from '../config/effective';
import { isPathLike } from '../config/includes';
import { lastVar, visibleSections } from '../config/query';
import type { AsteriskModel } from '../model';
import { locate } from './locate';

export function symbols(file: ParsedFile<AsteriskModel>): SymbolEntry[] {
  const config = file.model.config;
  const out: SymbolEntry[] = [];
  const blocks = new Map<number, number>();
  // A section block runs to the line before the next header of this file.
  const headers = config.syntax.statements.filter((s) => s.kind === 'header');
  headers.forEach((h, i) => {
    const next = headers[i + 1];
    let end = next ? next.line - 1 : file.lines.lineCount - 1;
    while (end > h.line && file.lines.lineText(end).trim() === '') end--;
    blocks.set(h.line, end);
  });
  for (const h of headers) {
    if (h.kind !== 'header') continue;
    const end = blocks.get(h.line)!;
    const children: SymbolEntry[] = [];
    for (const st of config.syntax.statements) {
      if (st.kind !== 'variable' || st.line <= h.line || st.line > end) continue;
      if (/^(exten|same|include)$/i.test(st.name)) continue; // the dialplan layer lists these
      children.push({ name: st.name, kind: 'option', detail: /secret|password/i.test(st.name) ? '' : st.value, range: st.range, selectionRange: st.nameRange });
    }
    const section = config.sections.find((s) => s.header === h || s.additions.some((a) => a.header === h));
    const type = section ? lastVar(section, 'type')?.value : undefined;
    out.push({
      name: h.name,
      kind: h.template ? 'template' : 'section',
      detail: [h.addition ? '(+)' : '', h.template ? 'template' : '', type ? `type=${type}` : ''].filter(Boolean).join(' '),
      range: { start: h.range.start, end: { line: end, character: file.lines.lineText(end).length } },
      selectionRange: h.nameRange,
      children,
    });
  }
  return out;
}

export function folding(file: ParsedFile<AsteriskModel>): FoldingEntry[] {
  const out: FoldingEntry[] = [];
  for (const s of symbols(file)) if (s.range.end.line > s.range.start.line) out.push({ startLine: s.range.start.line, endLine: s.range.end.line, kind: 'region' });
  // Block comments spanning lines: their pieces are recorded per line, consecutive.
  const pieces = file.model.config.syntax.comments.filter((c) => c.kind === 'block');
  let start: number | undefined;
  let prev = -2;
  for (const c of pieces) {
    const line = c.range.start.line;
    if (line !== prev + 1 && line !== prev) {
      if (start !== undefined && prev > start) out.push({ startLine: start, endLine: prev, kind: 'comment' });
      start = line;
    }
    prev = line;
  }
  if (start !== undefined && prev > start) out.push({ startLine: start, endLine: prev, kind: 'comment' });
  return out;
}

const REF_TYPES: Record<string, string> = { auth: 'auth', outbound_auth: 'auth', aors: 'aor', transport: 'transport', endpoint: 'endpoint' };

export function definition(file: ParsedFile<AsteriskModel>, pos: Position, ctx: AnalysisContext): LocationEntry[] {
  const config = file.model.config;
  const at = locate(config, pos);
  const stmt = at.stmt;
  if (!stmt) return [];
  if (stmt.kind === 'header' && at.part === 'base') {
    const name = stmt.bases[at.baseIndex!].name.toLowerCase();
    const base = config.sections.find((s) => s.key === name && s.header.line !== stmt.line);
    return base ? [{ file: base.file, range: base.header.nameRange }] : [];
  }
  if (stmt.kind === 'header' && stmt.addition && at.part === 'header-name' && at.section) return [{ file: at.section.file, range: at.section.header.nameRange }];
  if (stmt.kind === 'directive') {
    const edge = config.includes.find((e) => e.directive === stmt);
    return (edge?.targets ?? []).map((t) => ({ file: t, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }));
  }
  if (stmt.kind !== 'variable' || at.part !== 'value') return [];
  const key = stmt.name.toLowerCase();
  // The name under the cursor inside a comma list.
  const rel = pos.character - stmt.valueRange.start.character;
  let startIdx = stmt.value.lastIndexOf(',', Math.max(0, rel - 1)) + 1;
  if (rel === 0) startIdx = 0;
  const endComma = stmt.value.indexOf(',', rel);
  const word = stmt.value.slice(startIdx, endComma === -1 ? undefined : endComma).trim().toLowerCase();
  if (!word) return [];
  if (config.kind === 'pjsip' && REF_TYPES[key]) {
    const type = REF_TYPES[key];
    return visibleSections(config)
      .filter((s) => s.key === word && (lastVar(s, 'type')?.value ?? '').trim().toLowerCase() === type)
      .map((s) => ({ file: s.file, range: s.header.nameRange }));
  }
  if (key === 'acl' || key === 'contact_acl' || key === 'contactacl') {
    const dir = ctx.settings.asterisk.etcDir || (isPathLike(file.doc.file) ? path.dirname(file.doc.file) : '');
    const p = dir && path.join(dir, 'acl.conf');
    const text = p ? ctx.fs.readFile(p) : undefined;
    if (!p || text === undefined) return [];
    return visibleSections(buildConfig({ file: p, text })).filter((s) => s.key === word).map((s) => ({ file: p, range: s.header.nameRange }));
  }
  return [];
}
