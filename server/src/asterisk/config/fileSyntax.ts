/**
 * A whole file's syntax, line by line. Parsing is incremental per file id: the lines before and
 * after an edit are reused from the previous parse of the same file when their text and the
 * block-comment state around them are unchanged (shifted when lines were inserted or removed), so
 * re-checking a 50,000-line dialplan after a one-line edit re-reads one line, not 50,000.
 */
import type { Position, Range } from '../../engine/types';
import { newCommentState, type CommentState } from './comments';
import { VariableLine } from './statements';
import { parseLine, parsePlainLine, type LineParse } from './syntax';
import type { ConfigFileSyntax, ConfigProblem, HeaderStmt, Statement } from './types';

interface CacheEntry {
  text: string;
  /** Per line: its text, its statement, and its whole parse only when it has more (comments, problems, open block comments). */
  srcs: string[];
  stmts: (Statement | undefined)[];
  extras: (LineParse | undefined)[];
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

const NONE: never[] = [];
/** The comment state after a line that has no extra (nothing open). */
const CLOSED = { depth: 0, openers: NONE as Position[] };

/** Line `i` of a cached parse as a whole LineParse. */
function lineOf(e: CacheEntry, i: number): LineParse {
  return e.extras[i] ?? { src: e.srcs[i], stmt: e.stmts[i], comments: NONE, problems: NONE, depth: 0, openers: NONE };
}

export function parseConfigSyntax(file: string, text: string): ConfigFileSyntax {
  const prev = cache.get(file);
  if (prev && prev.text === text) return prev.syntax;
  const srcs = lineTexts(text);
  const n = srcs.length;
  const stmts: (Statement | undefined)[] = new Array(n);
  // Most lines are a statement and nothing else: only the others keep their LineParse (a 50,000-line
  // dialplan would otherwise hold 50,000 of them for the next incremental parse).
  const extras: (LineParse | undefined)[] = new Array(n);
  const put = (i: number, p: LineParse): void => {
    stmts[i] = p.stmt;
    if (p.comments.length || p.problems.length || p.depth !== 0 || p.openers.length) extras[i] = p;
  };
  const state = newCommentState();
  const parseAt = (i: number): void => {
    const plain = parsePlainLine(srcs[i], i, state);
    if (plain === null) put(i, parseLine(file, srcs[i], i, state));
    else stmts[i] = plain;
  };
  let i = 0;
  let reused = false;
  if (prev) {
    const old = prev.srcs;
    // Unchanged lines at the top keep their parse as is.
    while (i < n && i < old.length && old[i] === srcs[i]) {
      stmts[i] = prev.stmts[i];
      extras[i] = prev.extras[i];
      i++;
    }
    if (i > 0) {
      const after = prev.extras[i - 1] ?? CLOSED;
      state.depth = after.depth;
      state.openers = after.openers.slice();
    }
    const delta = n - old.length;
    // Unchanged lines at the bottom (not overlapping the top).
    let tail = 0;
    while (tail < n - i && tail < old.length - i && old[old.length - 1 - tail] === srcs[n - 1 - tail]) tail++;
    const tailStart = n - tail;
    for (; i < tailStart; i++) parseAt(i);
    // Reuse the tail when the comment state entering it is what it was before.
    const oldTailStart = old.length - tail;
    const before = oldTailStart > 0 ? prev.extras[oldTailStart - 1] ?? CLOSED : CLOSED;
    if (tail > 0 && sameState(state, before.depth, before.openers, delta)) {
      for (let k = 0; k < tail; k++) {
        const j = oldTailStart + k;
        if (delta === 0) {
          stmts[tailStart + k] = prev.stmts[j];
          extras[tailStart + k] = prev.extras[j];
        } else put(tailStart + k, shiftLine(lineOf(prev, j), delta));
      }
      i = n;
      reused = true;
    }
  }
  for (; i < n; i++) parseAt(i);
  const finalOpeners = reused ? (extras[n - 1] ?? CLOSED).openers : state.openers;
  const syntax = assemble(file, stmts, extras, finalOpeners);
  remember(file, { text, srcs, stmts, extras, syntax });
  return syntax;
}

function assemble(file: string, stmts: (Statement | undefined)[], extras: (LineParse | undefined)[], openers: Position[]): ConfigFileSyntax {
  const statements: Statement[] = [];
  const out: ConfigFileSyntax = { file, statements, comments: [], problems: [] };
  const problems: ConfigProblem[] = out.problems;
  for (let i = 0; i < stmts.length; i++) {
    const l = extras[i];
    if (l) {
      for (const c of l.comments) out.comments.push(c);
      for (const p of l.problems) problems.push(p);
    }
    const st = stmts[i];
    if (st) {
      statements.push(st);
      if (st.kind === 'header' && out.firstHeaderLine === undefined) out.firstHeaderLine = i;
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
