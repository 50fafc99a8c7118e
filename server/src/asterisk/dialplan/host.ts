/**
 * The bridge from the config parser's effective model to the dialplan. Typed structurally on the
 * few fields it reads, so the dialplan layer stays independent of the parser's internals.
 */
import type { Range } from '../../engine/types';
import { buildDialplanKeyed, contextKey, type KeyedSection } from './model';
import type { Dialplan, DpSourceLine, DpSourceSection } from './types';

interface VarLike {
  name: string;
  file: string;
  stmt: { line: number; name: string; nameRange: Range; value: string; valueRange: Range; valueCols?: number[] };
  inheritedFrom?: unknown;
  addedBy?: unknown;
}
interface SectionLike {
  name: string;
  file: string;
  template: boolean;
  endLine: number;
  header: { line: number; range: Range; nameRange: Range };
  variables: VarLike[];
}
export interface ConfigLike {
  file: string;
  kind: string;
  sections: SectionLike[];
}
export interface ModelLike {
  config: ConfigLike;
}

const built = new WeakMap<object, Dialplan>();
const sources = new WeakMap<object, string>();

/** Lets the dialplan key unchanged contexts by their text (the plugin calls it in `parse`). */
export function attachSource(model: ModelLike, text: string): void {
  sources.set(model, text);
}

/** A copy of a line naming its file (field by field: statements may keep their ranges in getters). */
function fromFile(st: VarLike['stmt'], file: string): DpSourceLine {
  const l: DpSourceLine = { file, line: st.line, name: st.name, nameRange: st.nameRange, value: st.value, valueRange: st.valueRange };
  if (st.valueCols) l.valueCols = st.valueCols;
  return l;
}

function toSource(s: SectionLike): DpSourceSection {
  return {
    name: s.name,
    file: s.file,
    nameRange: s.header.nameRange,
    headerRange: s.header.range,
    endLine: s.endLine,
    template: s.template,
    // The statement itself when it sits in the section's file; a copy naming its file otherwise.
    lines: s.variables.map((v) => (v.file === s.file ? v.stmt : fromFile(v.stmt, v.file))),
  };
}

export function toDialplanSections(config: ConfigLike): DpSourceSection[] {
  return config.sections.map(toSource);
}

/** Offset of the start of every line (`\n`, `\r\n` or `\r` end a line, as LineIndex splits). */
function lineStarts(text: string): number[] {
  const out = [0];
  if (!text.includes('\r')) {
    // The usual file: `\n` only, found with indexOf (much faster than a loop over every character).
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
    return out;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) out.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    }
  }
  return out;
}

function* keyed(config: ConfigLike, text: string | undefined): Generator<KeyedSection> {
  const starts = text !== undefined ? lineStarts(text) : undefined;
  for (const s of config.sections) {
    // A section written in one block of this document is keyed by that block's text (cheap: a
    // slice and one string compare); one with inherited, added or included lines by its lines.
    const own = starts !== undefined && s.file === config.file && s.variables.every((v) => v.file === s.file && !v.inheritedFrom && !v.addedBy);
    let key: string;
    let body: string | undefined;
    let src: DpSourceSection | undefined;
    if (own) {
      const from = starts![s.header.line] ?? 0;
      const to = starts![s.endLine + 1] ?? text!.length;
      key = `${s.header.line}\u0001${s.endLine}`;
      body = text!.slice(from, to);
    } else {
      src = toSource(s);
      key = `\u0003${contextKey(src)}`;
    }
    yield { name: s.name, file: s.file, template: s.template, key, body, source: () => src ?? toSource(s) };
  }
}

/** extensions.conf, and fragments named like it (`extensions_custom.conf`) that it includes. */
export function isDialplanConfig(config: ConfigLike): boolean {
  if (config.kind === 'extensions') return true;
  const base = config.file.replace(/\\/g, '/').split('/').pop() ?? '';
  return /^extensions[^/]*\.conf(\.sample)?$/i.test(base);
}

/** The dialplan of an extensions*.conf model (built once per model), undefined for other files. */
export function dialplanOf(model: ModelLike): Dialplan | undefined {
  if (!isDialplanConfig(model.config)) return undefined;
  let dp = built.get(model);
  if (!dp) {
    dp = buildDialplanKeyed(keyed(model.config, sources.get(model)));
    built.set(model, dp);
  }
  return dp;
}
