/**
 * Editor services for fail2ban files, as plain data: hover on options (meaning, default, effective
 * value and where it was set), completion of option names / filter names / action names, symbols
 * (sections and their options), definitions (`filter = x` -> the filter file, `action = y` -> the
 * action file, `%(x)s` -> where x is set, includes -> the file) and folding.
 */
import * as path from 'node:path';
import type { AnalysisContext, ParsedFile } from '../engine/rule';
import type { CompletionEntry, FoldingEntry, HoverResult, LanguageServices, LocationEntry, SymbolEntry } from '../engine/services';
import type { Position } from '../engine/types';
import { DAEMON_OPTIONS, FILTER_OPTIONS, JAIL_OPTIONS, type OptionDoc } from './catalogue';
import { resolveBeside, resolveRel } from './config/files';
import { filterFiles } from './config/filter';
import type { IniOption, IniSection } from './config/ini';
import type { MergedConfig } from './config/merge';
import type { Fail2banModel } from './model';
import { spanRange } from './rules/shared';

function catalogue(model: Fail2banModel): Record<string, OptionDoc> {
  if (model.kind === 'daemon') return DAEMON_OPTIONS;
  if (model.kind === 'filter') return FILTER_OPTIONS;
  return JAIL_OPTIONS;
}

function sectionAt(model: Fail2banModel, line: number): IniSection | undefined {
  let cur: IniSection | undefined;
  for (const s of model.ini.sections) if (s.headerSpan.line <= line) cur = s;
  return cur;
}

function optionAt(model: Fail2banModel, pos: Position): { opt: IniOption; onKey: boolean } | undefined {
  for (const s of model.ini.sections) {
    for (const o of s.options) {
      if (pos.line === o.keySpan.line && pos.character >= o.keySpan.start && pos.character <= o.keySpan.end) return { opt: o, onKey: true };
      if (o.lines.some((l) => l.line === pos.line && pos.character >= l.start && pos.character <= l.end)) return { opt: o, onKey: false };
    }
  }
  return undefined;
}

/** The option whose key or value lines include `line`. */
function optionOnLine(model: Fail2banModel, line: number): IniOption | undefined {
  for (const s of model.ini.sections) for (const o of s.options) if (o.keySpan.line <= line && line <= o.endLine) return o;
  return undefined;
}

/** The `%(name)s` reference under the cursor, if any. */
function referenceAt(line: string, ch: number): string | undefined {
  for (const m of line.matchAll(/%\(([^)]+)\)s/g)) {
    const s = m.index ?? 0;
    if (ch >= s && ch <= s + m[0].length) return m[1];
  }
  return undefined;
}

/** The word under the cursor made of name characters (filter/action names). */
function wordAt(line: string, ch: number): { word: string; start: number } | undefined {
  for (const m of line.matchAll(/[\w.-]+/g)) {
    const s = m.index ?? 0;
    if (ch >= s && ch <= s + m[0].length) return { word: m[0], start: s };
  }
  return undefined;
}

function mergedFor(model: Fail2banModel): MergedConfig | undefined {
  if (model.kind === 'filter') return model.filter()?.config;
  if (model.kind === 'jail') return model.jails().config;
  return undefined;
}

function names(model: Fail2banModel, sub: 'filter.d' | 'action.d'): string[] {
  const out = new Set<string>();
  for (const b of model.env.dirs.bases) {
    for (const n of model.env.dirs.fs.readDir(path.join(b, sub)) ?? []) {
      const m = /^(.+)\.(conf|local)$/.exec(n);
      if (m) out.add(m[1]);
    }
  }
  return [...out].sort();
}

function hover(file: ParsedFile<Fail2banModel>, pos: Position): HoverResult | undefined {
  const model = file.model;
  const line = file.lines.lineText(pos.line);
  const ref = referenceAt(line, pos.character);
  const sec = sectionAt(model, pos.line);
  if (ref && sec) {
    const cfg = mergedFor(model);
    const v = cfg?.getEx(sec.name, ref.toLowerCase(), new Map());
    return { contents: v !== undefined ? `\`%(${ref})s\` = \`${v.text.replace(/\n/g, '⏎')}\`` : `\`%(${ref})s\` is not defined for [${sec.name}]` };
  }
  const at = optionAt(model, pos);
  if (!at || !at.onKey) return undefined;
  const doc = catalogue(model)[at.opt.key];
  const parts: string[] = [`**${at.opt.key}**`];
  if (doc) parts.push(doc.doc, doc.dflt !== undefined ? `Default: \`${doc.dflt || '(empty)'}\`` : '');
  if (model.kind === 'jail' && sec && sec.name !== 'DEFAULT' && sec.name !== 'INCLUDES') {
    const jail = model.jails().jails.find((j) => j.name === sec.name);
    const eff = jail?.get(at.opt.key);
    if (eff) {
      const where = eff.setBy ? `${path.basename(eff.setBy.file)}:${eff.setBy.keySpan.line + 1} [${eff.setBy.section}]` : 'built-in default';
      parts.push(`Effective in [${sec.name}]: \`${eff.value.replace(/\n/g, '⏎')}\` (from ${where})`);
    }
  }
  return { contents: parts.filter(Boolean).join('\n\n'), range: spanRange(at.opt.keySpan) };
}

function completion(file: ParsedFile<Fail2banModel>, pos: Position): CompletionEntry[] {
  const model = file.model;
  const line = file.lines.lineText(pos.line);
  const before = line.slice(0, pos.character);
  const kv = /^\s*([\w.-]+)\s*[=:]\s*/.exec(before);
  if (kv) {
    const key = kv[1].toLowerCase();
    if (key === 'filter') return names(model, 'filter.d').map((n) => ({ label: n, kind: 'value', detail: 'filter.d' }));
    if (key === 'action' || key === 'banaction' || key === 'banaction_allports') return names(model, 'action.d').map((n) => ({ label: n, kind: 'value', detail: 'action.d' }));
    return [];
  }
  // An indented line under an option continues its value: offer the same values.
  const prev = optionOnLine(model, pos.line - 1);
  if (/^\s+\S*$/.test(before) && prev?.key === 'action') return names(model, 'action.d').map((n) => ({ label: n, kind: 'value', detail: 'action.d' }));
  if (!/^[\w.-]*$/.test(before)) return [];
  const sec = sectionAt(model, pos.line);
  if (!sec) return [];
  if (sec.name === 'INCLUDES') return ['before', 'after'].map((n) => ({ label: n, kind: 'option', insertText: `${n} = ` }));
  const present = new Set(sec.options.map((o) => o.key));
  return Object.entries(catalogue(model))
    .filter(([n]) => !present.has(n) && n !== 'before' && n !== 'after')
    .map(([n, d]) => ({ label: n, kind: 'option', detail: d.dflt !== undefined ? `default: ${d.dflt || '(empty)'}` : undefined, documentation: d.doc, insertText: `${n} = `, snippet: `${n} = \${1:${d.dflt ?? ''}}` }));
}

function symbols(file: ParsedFile<Fail2banModel>): SymbolEntry[] {
  const model = file.model;
  return model.ini.sections.map((s) => {
    const isJail = model.kind === 'jail' && s.name !== 'DEFAULT' && s.name !== 'INCLUDES';
    const endLine = s.endLine;
    return {
      name: s.name,
      kind: isJail ? 'jail' : 'section',
      range: { start: { line: s.headerSpan.line, character: s.headerSpan.start }, end: { line: endLine, character: file.lines.lineText(endLine).length } },
      selectionRange: spanRange(s.nameSpan),
      children: s.options.map((o) => ({
        name: o.rawKey,
        detail: o.value.split('\n')[0].slice(0, 60),
        kind: 'option',
        range: { start: { line: o.keySpan.line, character: o.keySpan.start }, end: { line: o.endLine, character: file.lines.lineText(o.endLine).length } },
        selectionRange: spanRange(o.keySpan),
      })),
    };
  });
}

function definition(file: ParsedFile<Fail2banModel>, pos: Position, _ctx: AnalysisContext): LocationEntry[] {
  const model = file.model;
  const line = file.lines.lineText(pos.line);
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const sec = sectionAt(model, pos.line);
  const ref = referenceAt(line, pos.character);
  if (ref && sec) {
    const cfg = mergedFor(model);
    const name = ref.toLowerCase();
    const m = /^([\w-]+)\/(.+)$/.exec(name);
    const secName = m ? (m[1] === 'default' ? 'DEFAULT' : m[1] === 'known' ? `KNOWN/${sec.name}` : ref.split('/')[0]) : sec.name;
    const key = m ? m[2] : name;
    const e = cfg?.sections.get(secName)?.get(key) ?? cfg?.defaults.get(key);
    return e?.opt ? [{ file: e.opt.file, range: spanRange(e.opt.keySpan) }] : [];
  }
  const at = optionAt(model, pos);
  if (!at || at.onKey) return [];
  const w = wordAt(line, pos.character);
  if (!w) return [];
  if (sec?.name === 'INCLUDES') {
    const l = at.opt.lines.find((x) => x.line === pos.line);
    const target = l?.text ? resolveBeside(model.env.dirs, model.file, l.text) : undefined;
    return target ? [{ file: target, range: top }] : [];
  }
  if (at.opt.key === 'filter') {
    const name = at.opt.value.split('[')[0].trim();
    if (w.word !== name) return [];
    const ff = filterFiles(name, model.env.dirs);
    return ff.main ? [{ file: ff.main, range: top }] : [];
  }
  if (at.opt.key === 'action' || at.opt.key === 'banaction' || at.opt.key === 'banaction_allports') {
    // Only the name before '[' of an action line is a file name.
    const l = at.opt.lines.find((x) => x.line === pos.line);
    const nameEnd = l ? (l.text.indexOf('[') < 0 ? l.text.length : l.text.indexOf('[')) + l.start : 0;
    if (w.start >= nameEnd) return [];
    const f = resolveRel(model.env.dirs, `action.d/${w.word}.conf`) ?? resolveRel(model.env.dirs, `action.d/${w.word}.local`);
    return f ? [{ file: f, range: top }] : [];
  }
  return [];
}

function folding(file: ParsedFile<Fail2banModel>): FoldingEntry[] {
  const out: FoldingEntry[] = [];
  for (const s of file.model.ini.sections) {
    let end = s.endLine;
    while (end > s.headerSpan.line && !file.lines.lineText(end).trim()) end--;
    if (end > s.headerSpan.line) out.push({ startLine: s.headerSpan.line, endLine: end, kind: 'region' });
    for (const o of s.options) if (o.endLine > o.keySpan.line) out.push({ startLine: o.keySpan.line, endLine: o.endLine });
  }
  return out;
}

export const fail2banServices: LanguageServices<Fail2banModel> = {
  hover: (file, pos) => hover(file, pos),
  completion: (file, pos) => completion(file, pos),
  symbols: (file) => symbols(file),
  definition,
  folding: (file) => folding(file),
};
