/**
 * What the filter rules (F2B2xx) share: the regex lines of a filter document as fail2ban resolves
 * them, and ranges at exact columns of the filter file through both source maps (config layer:
 * ResolvedLine.map; regex tag layer: expandTags().toSource).
 */
import type { ResolvedLine } from '../config/filter';
import type { Fail2banModel } from '../model';
import type { Range } from '../../engine/types';
import type { RegexList } from '../regex/compile';
import { expandTags, type Expanded } from '../regex/tags';

export interface FilterRegexLine {
  list: RegexList;
  index: number;
  line: ResolvedLine;
  expanded: Expanded;
}

/** The filter's regex lines whose text starts in this document (others are reported in their own file). */
export function filterRegexLines(model: Fail2banModel): FilterRegexLine[] {
  if (model.kind !== 'filter') return [];
  const f = model.filter();
  if (!f) return [];
  const version = model.env.version;
  const out: FilterRegexLine[] = [];
  const add = (list: RegexList, index: number, line: ResolvedLine) => {
    if (line.origin?.file !== model.file || !line.text.trim()) return;
    out.push({ list, index, line, expanded: expandTags(line.text, { version }) });
  };
  if (f.prefregex) add('prefregex', 0, f.prefregex);
  f.failregex.forEach((l, i) => add('failregex', i, l));
  f.ignoreregex.forEach((l, i) => add('ignoreregex', i, l));
  return out;
}

/** Range of characters [start, end) of a resolved line, in this document; falls back to the line's origin. */
export function lineRange(model: Fail2banModel, line: ResolvedLine, start: number, end = start + 1): Range {
  const a = line.map.locAt(start);
  const b = line.map.locAt(Math.max(start, end - 1));
  const origin = line.origin!;
  const s = a && a.file === model.file ? a : origin;
  let e = b && b.file === model.file && b.line === s.line ? { line: b.line, character: b.character + 1 } : { line: s.line, character: s.character + 1 };
  if (e.character <= s.character && e.line === s.line) e = { line: s.line, character: s.character + 1 };
  return { start: { line: s.line, character: s.character }, end: e };
}

/** The whole resolved line (its first source line). */
export function wholeLine(model: Fail2banModel, line: ResolvedLine): Range {
  return lineRange(model, line, 0, line.text.length);
}

/** `failregex 3` / `prefregex` for messages. */
export function label(r: FilterRegexLine): string {
  return r.list === 'prefregex' ? 'prefregex' : `${r.list} ${r.index + 1}`;
}
