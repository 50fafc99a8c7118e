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
  lineCount: number;
  /** The whole parse of the lines that have more than a statement (comments, problems, open block comments), in line order. */
  extras: Map<number, LineParse>;
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

// Texts are compared a block at a time: two slices compare natively (no per-character loop in
// script), then the characters of the first differing block.
const BLOCK = 4096;

/** Length of the longest common prefix. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix of at most `max` characters. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  while (k + BLOCK <= max && a.slice(a.length - k - BLOCK, a.length - k) === b.slice(b.length - k - BLOCK, b.length - k)) k += BLOCK;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** Length of the line break at `at` (0 at the end of the text). */
function breakAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 13 ? (text.charCodeAt(at + 1) === 10 ? 2 : 1) : c === 10 ? 1 : 0;
}

/** End of the line starting at `from` (its first break character, or the end of the text). */
function lineEnd(text: string, from: number, cr: boolean): number {
  const nl = text.indexOf('\n', from);
  if (!cr) return nl === -1 ? text.length : nl;
  const r = text.indexOf('\r', from);
  const e = nl === -1 ? r : r === -1 ? nl : Math.min(nl, r);
  return e === -1 ? text.length : e;
}

/** Start of the line before the one starting at `start` (> 0). */
function prevLineStart(text: string, start: number, cr: boolean): number {
  let i = start - 1;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  // `i` is the line break before `start`; the line before starts after the break before it.
  if (i <= 0) return 0;
  const nl = text.lastIndexOf('\n', i - 1);
  return (cr ? Math.max(nl, text.lastIndexOf('\r', i - 1)) : nl) + 1;
}

export function parseConfigSyntax(file: string, text: string): ConfigFileSyntax {
  const prev = cache.get(file);
  if (prev && prev.text === text) return prev.syntax;
  // Statements in line order, built directly (no per-line array: on a large file every array of
  // one slot per line is a fresh large allocation).
  let statements: Statement[] = [];
  // Most lines are a statement and nothing else: only the others keep their LineParse.
  const extras = new Map<number, LineParse>();
  const keep = (i: number, p: LineParse): void => {
    if (p.stmt) statements.push(p.stmt);
    if (p.comments.length || p.problems.length || p.depth !== 0 || p.openers.length) extras.set(i, p);
  };
  const state = newCommentState();
  const parseAt = (i: number, src: string): void => {
    const plain = parsePlainLine(src, i, state);
    if (plain === null) keep(i, parseLine(file, src, i, state));
    else if (plain) statements.push(plain);
  };
  let n: number;
  let reused = false;
  if (!prev) {
    const srcs = lineTexts(text);
    n = srcs.length;
    for (let i = 0; i < n; i++) parseAt(i, srcs[i]);
  } else {
    // Unchanged lines are found on the texts (common prefix and suffix), and only the lines
    // between them are split and parsed: no per-line text is kept or rebuilt.
    const old = prev.text;
    const oldN = prev.lineCount;
    const olds = prev.syntax.statements;
    const cr = text.includes('\r');
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    // A top line is unchanged when it and the break after it lie in the common prefix.
    let i = 0;
    let off = 0;
    for (;;) {
      const end = lineEnd(text, off, cr);
      if (i >= oldN || end >= prefix) break;
      i++;
      off = end + breakAt(text, end);
    }
    // A bottom line is unchanged when it and the break before it lie in the common suffix, after line i.
    let tail = 0;
    let tailOff = text.length + 1;
    const lastNl = text.lastIndexOf('\n');
    const lastStart = (cr ? Math.max(lastNl, text.lastIndexOf('\r')) : lastNl) + 1;
    for (let start = lastStart; tail < oldN - i && start > off && start > text.length - suffix; tail++) {
      tailOff = start;
      start = prevLineStart(text, start, cr);
    }
    // The lines in between, as `lineTexts` splits them.
    const mids: string[] = [];
    for (let p = off; ; ) {
      const e = lineEnd(text, p, cr);
      mids.push(text.slice(p, e));
      if (e >= text.length) break;
      p = e + breakAt(text, e);
      if (p >= tailOff) break;
    }
    if (i === 0 && mids[0].charCodeAt(0) === 0xfeff) mids[0] = ' ' + mids[0].slice(1);
    n = i + mids.length + tail;
    let top = 0;
    let hi = olds.length;
    while (top < hi) {
      const mid = (top + hi) >> 1;
      if (olds[mid].line < i) top = mid + 1;
      else hi = mid;
    }
    statements = olds.slice(0, top);
    for (const [k, p] of prev.extras) if (k < i) extras.set(k, p);
    if (i > 0) {
      const after = prev.extras.get(i - 1) ?? CLOSED;
      state.depth = after.depth;
      state.openers = after.openers.slice();
    }
    for (let k = 0; k < mids.length; k++) parseAt(i + k, mids[k]);
    const tailStart = n - tail;
    const delta = n - oldN;
    // Reuse the tail when the comment state entering it is what it was before.
    const oldTailStart = oldN - tail;
    const before = oldTailStart > 0 ? prev.extras.get(oldTailStart - 1) ?? CLOSED : CLOSED;
    if (tail > 0 && sameState(state, before.depth, before.openers, delta)) {
      let from = olds.length;
      while (from > 0 && olds[from - 1].line >= oldTailStart) from--;
      if (delta === 0) {
        for (let k = from; k < olds.length; k++) statements.push(olds[k]);
        for (const [k, p] of prev.extras) if (k >= oldTailStart) extras.set(k, p);
      } else {
        for (let j = oldTailStart, at = from; j < oldN; j++) {
          const stmt = at < olds.length && olds[at].line === j ? olds[at++] : undefined;
          keep(j + delta, shiftLine(prev.extras.get(j) ?? { stmt, comments: NONE, problems: NONE, depth: 0, openers: NONE }, delta));
        }
      }
      reused = true;
    } else if (tail > 0) {
      // The tail's comment state changed: parse it too.
      let p = tailOff;
      for (let k = tailStart; k < n; k++) {
        const e = lineEnd(text, p, cr);
        parseAt(k, text.slice(p, e));
        p = e + breakAt(text, e);
      }
    }
  }
  const finalOpeners = reused ? (extras.get(n - 1) ?? CLOSED).openers : state.openers;
  const syntax = assemble(file, statements, extras, finalOpeners);
  remember(file, { text, lineCount: n, extras, syntax });
  return syntax;
}

function assemble(file: string, statements: Statement[], extras: Map<number, LineParse>, openers: Position[]): ConfigFileSyntax {
  const out: ConfigFileSyntax = { file, statements, comments: [], problems: [] };
  const problems: ConfigProblem[] = out.problems;
  // `extras` is filled in line order, so comments and problems come out line by line.
  for (const l of extras.values()) {
    for (const c of l.comments) out.comments.push(c);
    for (const p of l.problems) problems.push(p);
  }
  for (const st of statements) {
    if (st.kind === 'header') {
      out.firstHeaderLine = st.line;
      break;
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
