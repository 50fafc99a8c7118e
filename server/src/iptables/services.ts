/**
 * Editor services for iptables documents, as plain data: hover from the schema, chain/table symbols,
 * go-to-definition of a jump target, and option completion for the matches loaded so far.
 */
import type { ParsedFile } from '../engine/rule';
import type { CompletionEntry, HoverResult, LanguageServices, LocationEntry, SymbolEntry } from '../engine/services';
import type { Position, Range } from '../engine/types';
import type { IptCommand, IptModel, Tok } from './model';
import { COMMANDS, CORE_OPTIONS, coreOptionFor } from './schema/core';
import { implicitMatchFor, MATCHES } from './schema/matches';
import { findTarget, TARGETS } from './schema/targets';

type File = ParsedFile<IptModel>;

function range(f: File, t: { start: number; end: number }): Range {
  return { start: f.lines.positionAt(t.start), end: f.lines.positionAt(t.end) };
}

function at(f: File, pos: Position): { cmd: IptCommand; tok: Tok; index: number } | undefined {
  const off = f.lines.offsetAt(pos);
  for (const cmd of f.model.commands) {
    const index = cmd.words.findIndex((w) => w.start <= off && off <= w.end);
    if (index >= 0) return { cmd, tok: cmd.words[index], index };
  }
  return undefined;
}

function hover(f: File, pos: Position): HoverResult | undefined {
  const hit = at(f, pos);
  if (!hit) return undefined;
  const { cmd, tok } = hit;
  const r = range(f, tok);
  for (const m of cmd.matches) {
    if (m.name === tok && m.spec) return { contents: `**-m ${m.spec.name}** — ${m.spec.doc}\n\nOptions: ${m.spec.options.map((o) => `\`${o.name}\``).join(', ')}`, range: r };
    for (const o of m.options) if (o.name === tok && o.spec) return { contents: `**${o.spec.name}** (${m.implicit ? `implicit ${m.spec?.name} match` : `-m ${m.spec?.name}`}) — ${o.spec.doc}`, range: r };
  }
  if (cmd.target) {
    if (cmd.target.name === tok) {
      const spec = cmd.target.spec;
      return { contents: spec ? `**${spec.name}** — ${spec.doc}${spec.options.length ? `\n\nOptions: ${spec.options.map((o) => `\`${o.name}\``).join(', ')}` : ''}` : `**${tok.text}** — user-defined chain (jump; RETURN comes back here).`, range: r };
    }
    for (const o of cmd.target.options) if (o.name === tok && o.spec) return { contents: `**${o.spec.name}** (${cmd.target.spec?.name}) — ${o.spec.doc}`, range: r };
  }
  if (cmd.command?.tok === tok) {
    const c = COMMANDS.find((x) => x.letter === cmd.command!.letter)!;
    return { contents: `**-${c.letter}** (${c.long[0]}) — ${c.doc}`, range: r };
  }
  const core = coreOptionFor(tok.text);
  if (core) return { contents: `**${core}** (${CORE_OPTIONS[core].long[0] ?? core}) — ${CORE_OPTIONS[core].doc}`, range: r };
  return undefined;
}

function symbols(f: File): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  const m = f.model;
  if (m.form === 'restore') {
    for (const t of m.tables) {
      const end = t.commit?.end ?? m.text.length;
      const children: SymbolEntry[] = m.chainDecls.filter((d) => d.start > t.start && d.start < end).map((d) => ({ name: d.name.text, detail: d.policy.text === '-' ? 'user chain' : `policy ${d.policy.text}`, kind: 'chain', range: range(f, d), selectionRange: range(f, d.name) }));
      out.push({ name: t.name.text, kind: 'table', range: range(f, { start: t.start, end }), selectionRange: range(f, t.name), children });
    }
    return out;
  }
  for (const c of m.commands) {
    if (c.command?.letter === 'N' && c.chain) out.push({ name: c.chain.text, detail: `${c.family === 6 ? 'ip6tables' : 'iptables'} ${c.table}`, kind: 'chain', range: range(f, c), selectionRange: range(f, c.chain) });
  }
  return out;
}

function definition(f: File, pos: Position): LocationEntry[] {
  const hit = at(f, pos);
  if (!hit) return [];
  const { cmd, tok } = hit;
  if (tok !== cmd.target?.name && tok !== cmd.chain) return [];
  const m = f.model;
  const decl = m.chainDecls.find((d) => d.name.text === tok.text && d.table === cmd.table);
  if (decl) return [{ file: f.doc.file, range: range(f, decl.name) }];
  const n = m.commands.find((c) => c.command?.letter === 'N' && c.chain?.text === tok.text && c.table === cmd.table && c.family === cmd.family);
  return n?.chain ? [{ file: f.doc.file, range: range(f, n.chain) }] : [];
}

function completion(f: File, pos: Position): CompletionEntry[] {
  const off = f.lines.offsetAt(pos);
  const cmd = f.model.commands.find((c) => c.start <= off && off <= c.end + 1);
  const prev = cmd?.words.filter((w) => w.end < off).pop();
  if (prev && (prev.text === '-m' || prev.text === '--match')) return MATCHES.filter((x) => !x.family || x.family === cmd!.family).map((x) => ({ label: x.name, kind: 'value', detail: 'match', documentation: x.doc }));
  if (prev && (prev.text === '-j' || prev.text === '--jump')) {
    const chains = [...new Set([...f.model.chainDecls.map((d) => d.name.text), ...f.model.commands.filter((c) => c.command?.letter === 'N' && c.chain).map((c) => c.chain!.text)])];
    return [...TARGETS.map((t) => ({ label: t.name, kind: 'value' as const, detail: 'target', documentation: t.doc })), ...chains.map((c) => ({ label: c, kind: 'value' as const, detail: 'user chain' }))];
  }
  const out: CompletionEntry[] = [];
  if (cmd) {
    const loaded = [...cmd.matches.map((m) => m.spec).filter((x) => !!x)];
    const imp = implicitMatchFor(cmd.protocol?.value.text);
    if (imp && !loaded.includes(imp)) loaded.push(imp);
    const before = cmd.matches.filter((m) => m.name.end < off);
    for (const spec of loaded) {
      if (!before.some((m) => m.spec === spec) && spec !== imp) continue;
      for (const o of spec.options) out.push({ label: o.name, kind: 'option', detail: `-m ${spec.name}`, documentation: o.doc });
    }
    const t = cmd.target?.spec ?? (cmd.target ? findTarget(cmd.target.name.text) : undefined);
    if (t && cmd.target!.name.end < off) for (const o of t.options) out.push({ label: o.name, kind: 'option', detail: t.name, documentation: o.doc });
  }
  for (const [k, v] of Object.entries(CORE_OPTIONS)) out.push({ label: k, kind: 'option', detail: v.long[0] ?? '', documentation: v.doc });
  return out;
}

export const iptablesServices: LanguageServices<IptModel> = {
  hover: (f, pos) => hover(f, pos),
  symbols: (f) => symbols(f),
  definition: (f, pos) => definition(f, pos),
  completion: (f, pos) => completion(f, pos),
};

