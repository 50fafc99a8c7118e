/**
 * One file's syntax, classified the way `process_text_line()` in `main/config.c` does: after the
 * comment pass and `ast_strip()`, a line starting with `[` is a header, `#` a directive, anything
 * else a variable line split at the first `=`. Never throws; a bad line is reported and skipped.
 */
import type { Position, Range } from '../../engine/types';
import { scanLine, type CommentState } from './comments';
import { internKey, keyAt, VariableLine } from './statements';
import type { CommentSpan, ConfigProblem, DirectiveStmt, HeaderStmt, Statement, VariableStmt } from './types';

/** C `isspace` in the "C" locale. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/**
 * A slice of a scanned line: text plus where each character came from. `cols` is only materialised
 * when an escape moved characters; otherwise character i sits at column `base + i`.
 */
class Slice {
  constructor(
    readonly line: number,
    readonly text: string,
    readonly cols: number[] | undefined,
    readonly base: number,
    /** Column used for empty ranges (just after the previous token). */
    readonly anchor: number,
  ) {}
  col(i: number): number {
    return this.cols ? this.cols[i] : this.base + i;
  }
  sub(start: number, end = this.text.length): Slice {
    const anchor = start > 0 ? this.col(start - 1) + 1 : this.anchor;
    return this.cols
      ? new Slice(this.line, this.text.slice(start, end), this.cols.slice(start, end), 0, anchor)
      : new Slice(this.line, this.text.slice(start, end), undefined, this.base + start, anchor);
  }
  strip(): Slice {
    let s = 0;
    let e = this.text.length;
    while (s < e && isSpace(this.text[s])) s++;
    while (e > s && isSpace(this.text[e - 1])) e--;
    return s === 0 && e === this.text.length ? this : this.sub(s, e);
  }
  /** Column of the empty range at offset `i` (just after the character before it). */
  private gap(i: number): number {
    return i > 0 ? this.col(i - 1) + 1 : this.anchor;
  }
  get range(): Range {
    return this.rangeOf(0, this.text.length);
  }
  /** Same as `sub(start, end).range`, without building the sub-slice (this runs for every token). */
  rangeOf(start: number, end: number, whole?: Range): Range {
    const line = this.line;
    if (end <= start) {
      const c = this.gap(start);
      return { start: { line, character: c }, end: { line, character: c } };
    }
    // Positions are immutable plain data: a token that starts or ends where the whole statement
    // does shares that Position object (two fewer objects on most lines of a large file).
    const len = this.text.length;
    return {
      start: whole && start === 0 ? whole.start : { line, character: this.col(start) },
      end: whole && end === len ? whole.end : { line, character: this.col(end - 1) + 1 },
    };
  }
  /** Start column of `rangeOf(start, end)`, without building it. */
  startCol(start: number, end: number): number {
    return end <= start ? this.gap(start) : this.col(start);
  }
  /** End column of `rangeOf(start, end)`, without building it. */
  endCol(start: number, end: number): number {
    return end <= start ? this.gap(start) : this.col(end - 1) + 1;
  }
  /** [start, end) narrowed past C `isspace` at both ends (as `ast_strip`). */
  trimmed(start: number, end: number): [number, number] {
    const t = this.text;
    while (start < end && isSpace(t[start])) start++;
    while (end > start && isSpace(t[end - 1])) end--;
    return [start, end];
  }
}

/** What one physical line contributes: its statement, comments and problems, and the comment state after it. */
export interface LineParse {
  stmt?: Statement;
  comments: CommentSpan[];
  problems: ConfigProblem[];
  /** Comment state after this line (block depth and open `;--` positions). */
  depth: number;
  openers: Position[];
}

const NO_OPENERS: Position[] = [];
// Most lines have no comment and no problem: they share these (never mutated: a line that has
// some gets arrays of its own), which spares 100,000 empty arrays on a 50,000-line dialplan.
const NO_COMMENTS: CommentSpan[] = [];
const NO_PROBLEMS: ConfigProblem[] = [];

/**
 * The commonest line, parsed without the general machinery: outside block comments, no `;` at all,
 * and a `key=value` or `key => value` whose key needs no escape. Its characters then sit at their
 * own columns, so every column is an offset into `src`. Gives the same statement `parseLine`
 * does; undefined for a blank line; null when the line is anything else (use `parseLine`). The
 * comment state is unchanged by such a line.
 */
export function parsePlainLine(src: string, i: number, state: CommentState): VariableLine | undefined | null {
  if (state.depth !== 0 || src.indexOf(';') !== -1) return null;
  let from = 0;
  let to = src.length;
  while (from < to && isSpace(src[from])) from++;
  while (to > from && isSpace(src[to - 1])) to--;
  if (from === to) return undefined;
  const c0 = src.charCodeAt(from);
  if (c0 === 91 /* [ */ || c0 === 35 /* # */ || c0 === 92 /* \ */) return null;
  const eq = src.indexOf('=', from);
  if (eq === -1 || eq >= to) return null;
  let op: VariableStmt['op'] = '=';
  let nameEnd = eq;
  let opStart = eq;
  let valueStart = eq + 1;
  // Past `to` there is only blank space, so `src[eq + 1]` is never a `>` outside the line.
  if (eq > from && src.charCodeAt(eq - 1) === 43 /* + */) {
    op = '+=';
    nameEnd = eq - 1;
    opStart = eq - 1;
  } else if (src.charCodeAt(eq + 1) === 62 /* > */) {
    op = '=>';
    valueStart = eq + 2;
  }
  const ns = from;
  let ne = nameEnd;
  while (ne > ns && isSpace(src[ne - 1])) ne--;
  if (ns === ne) return null;
  let vs = valueStart;
  let ve = to;
  if (op !== '+=') while (vs < ve && isSpace(src[vs])) vs++;
  // An empty range sits at its start column (as Slice.rangeOf puts it).
  return new VariableLine(i, keyAt(src, ns, ne), op, src.slice(vs, ve), from, to, ns, ne, opStart, valueStart, vs, ve > vs ? ve : vs);
}

/** Parses line `i` given the comment state before it (mutated to the state after it). */
export function parseLine(file: string, src: string, i: number, state: CommentState): LineParse {
  const scanned = scanLine(src, i, state);
  // `stmt` is in the literal (not added later) so every LineParse keeps one shape, without a
  // separate property store per line.
  const out: LineParse = { stmt: undefined, comments: NO_COMMENTS, problems: NO_PROBLEMS, depth: state.depth, openers: state.openers.length ? state.openers.slice() : NO_OPENERS };
  if (scanned.comments.length) {
    out.comments = scanned.comments.map((c) => ({ kind: c.kind, range: { start: { line: i, character: c.start }, end: { line: i, character: c.end } } }));
  }
  const problems: ConfigProblem[] = [];
  for (const col of scanned.strayCloses) {
    problems.push({
      code: 'AST005', file, range: { start: { line: i, character: col }, end: { line: i, character: col + 3 } },
      message: '`--;` closes no block comment: Asterisk keeps this whole line (its `;` no longer start comments) and then silently ignores every following line until the next `;--`. Remove the `--;` or escape the `;` as `\\;`.',
    });
  }
  if (scanned.text !== undefined) {
    const slice = new Slice(i, scanned.text, scanned.cols, 0, scanned.cols?.[0] ?? 0).strip();
    if (slice.text.length) {
      const r = classify(file, slice, problems);
      if (r) out.stmt = r;
    }
  }
  if (problems.length) out.problems = problems;
  return out;
}

function classify(file: string, s: Slice, problems: ConfigProblem[]): Statement | undefined {
  const c0 = s.text[0];
  if (c0 === '[') return header(file, s, problems);
  if (c0 === '#') return directive(s);
  return variable(file, s, problems);
}

function header(file: string, s: Slice, problems: ConfigProblem[]): HeaderStmt | undefined {
  const close = s.text.indexOf(']');
  if (close === -1) {
    problems.push({ code: 'AST001', fatal: true, file, range: s.range, message: 'Section header has no closing `]`: Asterisk rejects the whole file. Add the `]`.' });
    return undefined;
  }
  const h: HeaderStmt = {
    kind: 'header', line: s.line, range: s.range, name: s.text.slice(1, close), nameRange: s.rangeOf(1, close),
    template: false, bases: [],
  };
  let optStart = close + 1;
  if (s.text[optStart] !== '(') {
    // `[x] (!)`: Asterisk only reads options that follow `]` immediately; the rest is ignored.
    let j = optStart;
    while (j < s.text.length && isSpace(s.text[j])) j++;
    if (j > optStart && s.text[j] === '(') {
      h.spaceBeforeOptions = s.rangeOf(optStart, j);
      const end = s.text.indexOf(')', j);
      const stop = end === -1 ? s.text.length : end + 1;
      h.ignoredOptions = { text: s.text.slice(j, stop), range: s.rangeOf(j, stop) };
      problems.push({
        code: 'AST002', file, range: h.spaceBeforeOptions, stmt: h,
        message: `Space between \`]\` and \`${h.ignoredOptions.text}\`: Asterisk silently ignores the options, so [${h.name}] is neither a template nor inherits anything. Remove the space.`,
      });
    }
    return h;
  }
  const end = s.text.indexOf(')', optStart);
  if (end === -1) {
    problems.push({ code: 'AST001', fatal: true, file, range: s.range, message: 'Section options `(` are never closed by `)`: Asterisk rejects the whole file. Add the `)`.' });
    return undefined;
  }
  h.options = { text: s.text.slice(optStart, end + 1), range: s.rangeOf(optStart, end + 1) };
  // strsep(",") without stripping: each option is taken exactly as written.
  let start = optStart + 1;
  for (;;) {
    const comma = s.text.indexOf(',', start);
    const stop = comma === -1 || comma > end ? end : comma;
    const opt = s.text.slice(start, stop);
    const range = s.rangeOf(start, stop);
    if (opt === '!') h.template = true;
    else if (opt.startsWith('+')) h.addition = { filter: opt.slice(1), range };
    else h.bases.push({ name: opt, range });
    if (/^\s|\s$/.test(opt)) {
      problems.push({
        code: 'AST002', fatal: true, file, range, stmt: h,
        message: `Whitespace in the option \`${opt.trim() || ' '}\` of \`[${h.name}]\`: Asterisk does not trim options, looks for a template literally named "${opt}" and rejects the whole file. Remove the whitespace.`,
      });
    }
    if (stop === end) break;
    start = stop + 1;
  }
  return h;
}

function directive(s: Slice): DirectiveStmt {
  let j = 1;
  while (j < s.text.length && s.text.charCodeAt(j) > 32) j++;
  const word = s.text.slice(1, j);
  const d: DirectiveStmt = { kind: 'directive', line: s.line, range: s.range, name: word.toLowerCase(), nameRange: s.rangeOf(0, j), argument: '' };
  while (j < s.text.length && s.text.charCodeAt(j) < 33) j++;
  if (j < s.text.length) {
    let a = j;
    let b = s.text.length;
    const first = s.text[a];
    const last = s.text[b - 1];
    if (b - a >= 2 && ((first === '"' && last === '"') || (first === '<' && last === '>'))) {
      a++;
      b--;
    }
    d.argument = s.text.slice(a, b);
    d.argumentRange = s.rangeOf(a, b);
  }
  return d;
}

function variable(file: string, s: Slice, problems: ConfigProblem[]): VariableStmt | undefined {
  let nameStart = 0;
  if (s.text[0] === '\\') {
    const next = s.text.charCodeAt(1);
    if (!(next > 32 && next !== 127)) {
      problems.push({ code: 'AST001', fatal: true, file, range: s.range, message: 'Invalid escape: a leading `\\` must be followed by a visible character; Asterisk rejects the whole file. Remove the backslash.' });
      return undefined;
    }
    nameStart = 1;
  }
  const eq = s.text.indexOf('=', nameStart);
  if (eq === -1) {
    problems.push({ code: 'AST001', file, range: s.range, message: 'Line has no `=`: Asterisk ignores it with a warning. Write it as `name=value`, or comment it out with `;`.' });
    return undefined;
  }
  let op: VariableStmt['op'] = '=';
  let nameEnd = eq;
  let opStart = eq;
  let valueStart = eq + 1;
  if (eq > nameStart && s.text[eq - 1] === '+') {
    op = '+=';
    nameEnd = eq - 1;
    opStart = eq - 1;
  } else if (s.text[eq + 1] === '>') {
    op = '=>';
    valueStart = eq + 2;
  }
  const [ns, ne] = s.trimmed(nameStart, nameEnd);
  if (ns === ne) {
    problems.push({ code: 'AST001', file, range: s.range, message: 'Line has no name before `=`: Asterisk ignores it with a warning. Put the option name before the `=`.' });
    return undefined;
  }
  // `+=` appends the raw text after it (leading blanks included); `=`/`=>` values are stripped.
  // Offsets into `s` rather than sub-slices: no intermediate objects for the commonest line.
  const [vs, ve] = op === '+=' ? [valueStart, s.text.length] : s.trimmed(valueStart, s.text.length);
  const len = s.text.length;
  const stmt = new VariableLine(
    s.line, internKey(s.text.slice(ns, ne)), op, s.text.slice(vs, ve), s.startCol(0, len), s.endCol(0, len), s.startCol(ns, ne), s.endCol(ns, ne),
    s.startCol(opStart, valueStart), s.endCol(opStart, valueStart), s.startCol(vs, ve), s.endCol(vs, ve),
  );
  if (s.cols) stmt.valueCols = s.cols.slice(vs, ve);
  return stmt;
}
