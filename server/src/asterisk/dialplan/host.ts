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

/**
 * Offsets where lines start (`\n`, `\r\n` or `\r` end a line, as LineIndex splits), found by
 * walking from the last line asked for: sections come in line order, so about one pass over the
 * text serves them all without a table of every line.
 */
class LineOffsets {
  private line = 0;
  private offset = 0;
  private readonly cr: boolean;
  constructor(private readonly text: string) {
    this.cr = text.includes('\r');
  }
  /** Offset of the start of `line`, undefined past the last line. */
  at(line: number): number | undefined {
    // A section's end line is the next header's line, so the walk steps back a line now and then.
    while (this.line > line) {
      this.offset = this.prevStart(this.offset);
      this.line--;
    }
    while (this.line < line) {
      const next = this.nextStart(this.offset);
      if (next === -1) return undefined;
      this.offset = next;
      this.line++;
    }
    return this.offset;
  }
  /** Start of the line before the one starting at `start` (> 0). */
  private prevStart(start: number): number {
    const t = this.text;
    let i = start - 1;
    if (t.charCodeAt(i) === 10 && t.charCodeAt(i - 1) === 13) i--;
    for (let j = i - 1; j >= 0; j--) {
      const c = t.charCodeAt(j);
      if (c === 10 || c === 13) return j + 1;
    }
    return 0;
  }
  private nextStart(from: number): number {
    const t = this.text;
    if (!this.cr) {
      // The usual file: `\n` only, found with indexOf (much faster than a loop over every character).
      const i = t.indexOf('\n', from);
      return i === -1 ? -1 : i + 1;
    }
    for (let i = from; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) return t.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return -1;
  }
}

function* keyed(config: ConfigLike, text: string | undefined): Generator<KeyedSection> {
  const starts = text !== undefined ? new LineOffsets(text) : undefined;
  for (const s of config.sections) {
    // A section written in one block of this document is keyed by that block's text (cheap: a
    // slice and one string compare); one with inherited, added or included lines by its lines.
    const own = starts !== undefined && s.file === config.file && s.variables.every((v) => v.file === s.file && !v.inheritedFrom && !v.addedBy);
    let key: string;
    let body: string | undefined;
    let src: DpSourceSection | undefined;
    if (own) {
      const from = starts!.at(s.header.line) ?? 0;
      const to = starts!.at(s.endLine + 1) ?? text!.length;
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
