/**
 * A whole file's syntax, line by line. Parsing is incremental per file id: the lines before and
 * after an edit are reused from the previous parse of the same file when their text and the
 * block-comment state around them are unchanged (shifted when lines were inserted or removed), so
 * re-checking a 50,000-line dialplan after a one-line edit re-reads one line, not 50,000.
 */
import type { Position, Range } from '../../engine/types';
import { newCommentState, type CommentState } from './comments';
import { VariableLine } from './statements';
import { parseLine, type LineParse } from './syntax';
import type { ConfigFileSyntax, ConfigProblem, HeaderStmt, Statement } from './types';

interface CacheEntry {
  text: string;
  lines: LineParse[];
  syntax: ConfigFileSyntax;
}

const CACHE_SIZE = 32;
const cache = new Map<string, CacheEntry>();

function remember(file: string, entry: CacheEntry): void {
  cache.delete(file);
  cache.set(file, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

function sp(p: Position, d: number): Position {
  return { line: p.line + d, character: p.character };
}

function sr(r: Range, d: number): Range {
  return { start: sp(r.start, d), end: sp(r.end, d) };
}

/** The same statement `d` lines further down. */
function shiftStmt(st: Statement, d: number): Statement {
  if (st instanceof VariableLine) return st.moved(d);
  const base = { line: st.line + d, range: sr(st.range, d), nameRange: sr(st.nameRange, d) };
  if (st.kind === 'variable') return { ...st, ...base, opRange: sr(st.opRange, d), valueRange: sr(st.valueRange, d) };
  if (st.kind === 'directive') return { ...st, ...base, ...(st.argumentRange ? { argumentRange: sr(st.argumentRange, d) } : {}) };
  const h: HeaderStmt = { ...st, ...base, bases: st.bases.map((b) => ({ name: b.name, range: sr(b.range, d) })) };
  if (st.options) h.options = { text: st.options.text, range: sr(st.options.range, d) };
  if (st.spaceBeforeOptions) h.spaceBeforeOptions = sr(st.spaceBeforeOptions, d);
  if (st.ignoredOptions) h.ignoredOptions = { text: st.ignoredOptions.text, range: sr(st.ignoredOptions.range, d) };
  if (st.addition) h.addition = { filter: st.addition.filter, range: sr(st.addition.range, d) };
  return h;
}

/** The same line parse `d` lines further down (a new object: the previous parse stays intact). */
function shiftLine(p: LineParse, d: number): LineParse {
  if (d === 0) return p;
  const stmt = p.stmt && shiftStmt(p.stmt, d);
  return {
    src: p.src,
    ...(stmt ? { stmt } : {}),
    comments: p.comments.map((c) => ({ kind: c.kind, range: sr(c.range, d) })),
    problems: p.problems.map((x) => ({ ...x, range: sr(x.range, d), ...(x.stmt ? { stmt } : {}) })),
    depth: p.depth,
    openers: p.openers.length ? p.openers.map((o) => sp(o, d)) : p.openers,
  };
}

function sameState(a: CommentState, depth: number, openers: Position[], delta: number): boolean {
  if (a.depth !== depth || a.openers.length !== openers.length) return false;
  return a.openers.every((o, i) => o.line === openers[i].line + delta && o.character === openers[i].character);
}

/** The lines' texts, split as `splitLines` does (`\r\n`, `\n`, `\r`) but without an object per line. */
function lineTexts(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'), r = text.indexOf('\r'); ; ) {
    // Next break: the nearer of the next `\n` and the next `\r` (indexOf is much faster than a char loop).
    const nl = i === -1 ? r : r === -1 ? i : Math.min(i, r);
    if (nl === -1) break;
    lines.push(text.slice(start, nl));
    start = text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10 ? nl + 2 : nl + 1;
    if (i !== -1 && i < start) i = text.indexOf('\n', start);
    if (r !== -1 && r < start) r = text.indexOf('\r', start);
  }
  lines.push(text.slice(start));
  // A UTF-8 byte order mark on the first line is skipped; keep columns by blanking it.
  if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = ' ' + lines[0].slice(1);
  return lines;
}

export function parseConfigSyntax(file: string, text: string): ConfigFileSyntax {
  const prev = cache.get(file);
  if (prev && prev.text === text) return prev.syntax;
  const srcs = lineTexts(text);
  const parsed: LineParse[] = new Array(srcs.length);
  const state = newCommentState();
  let i = 0;
  let reused = false;
  if (prev) {
    const old = prev.lines;
    // Unchanged lines at the top keep their parse as is.
    while (i < srcs.length && i < old.length && old[i].src === srcs[i]) {
      parsed[i] = old[i];
      i++;
    }
    if (i > 0) {
      state.depth = old[i - 1].depth;
      state.openers = old[i - 1].openers.slice();
    }
    const delta = srcs.length - old.length;
    // Unchanged lines at the bottom (not overlapping the top).
    let tail = 0;
    while (tail < srcs.length - i && tail < old.length - i && old[old.length - 1 - tail].src === srcs[srcs.length - 1 - tail]) tail++;
    const tailStart = srcs.length - tail;
    for (; i < tailStart; i++) parsed[i] = parseLine(file, srcs[i], i, state);
    // Reuse the tail when the comment state entering it is what it was before.
    const oldTailStart = old.length - tail;
    const before = oldTailStart > 0 ? old[oldTailStart - 1] : { depth: 0, openers: [] as Position[] };
    if (tail > 0 && sameState(state, before.depth, before.openers, delta)) {
      for (let k = 0; k < tail; k++) parsed[tailStart + k] = shiftLine(old[oldTailStart + k], delta);
      i = srcs.length;
      reused = true;
    }
  }
  for (; i < srcs.length; i++) parsed[i] = parseLine(file, srcs[i], i, state);
  const last = parsed[parsed.length - 1];
  const finalOpeners = reused ? last.openers : state.openers;
  const syntax = assemble(file, parsed, finalOpeners);
  remember(file, { text, lines: parsed, syntax });
  return syntax;
}

function assemble(file: string, lines: LineParse[], openers: Position[]): ConfigFileSyntax {
  const statements: Statement[] = [];
  const out: ConfigFileSyntax = { file, statements, comments: [], problems: [] };
  const problems: ConfigProblem[] = out.problems;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    for (const c of l.comments) out.comments.push(c);
    for (const p of l.problems) problems.push(p);
    if (l.stmt) {
      statements.push(l.stmt);
      if (l.stmt.kind === 'header' && out.firstHeaderLine === undefined) out.firstHeaderLine = i;
    }
  }
  for (const o of openers) {
    problems.push({
      code: 'AST005', file, range: { start: o, end: { line: o.line, character: o.character + 3 } },
      message: 'Block comment `;--` is never closed by `--;`: Asterisk ignores everything after it to the end of the file. Close it where the comment should end.',
    });
  }
  return out;
}
