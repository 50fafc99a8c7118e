/**
 * Re-parsing a document after an edit that keeps its line count: the config parser's statements
 * depend only on their own line unless a block comment (`;--`, `--;`) carries state across lines,
 * so lines outside the edited range (between the common prefix and suffix of the two versions) are
 * reused as they are (statements are immutable) and only the edited lines go through `parseConfigSyntax`. Anything else falls back to a full parse. A
 * property test checks the result equals a full parse.
 */
import { parseConfigSyntax } from './config/syntax';
import type { ConfigFileSyntax, Statement } from './config/types';

interface Previous {
  text: string;
  syntax: ConfigFileSyntax;
}

/** A few documents per process (the open editors); oldest dropped first. */
const MAX_DOCUMENTS = 32;
const previous = new Map<string, Previous>();

function remember(file: string, p: Previous): void {
  previous.delete(file);
  previous.set(file, p);
  if (previous.size > MAX_DOCUMENTS) previous.delete(previous.keys().next().value as string);
}

const crossLine = (s: string): boolean => s.includes(';--') || s.includes('--;');

function reusable(p: Previous): boolean {
  return !p.syntax.comments.some((c) => c.kind === 'block') && !p.syntax.problems.some((x) => x.code === 'AST005');
}

const isBreak = (c: number): boolean => c === 10 || c === 13;

/** Line number of offset `end` (breaks as the engine's splitLines: \r\n, \n, \r). */
function lineAt(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10 && i + 1 < end) i++;
    }
  }
  return n;
}

function countBreaks(s: string): number {
  return s.length ? lineAt(s, s.length) : 0;
}

/**
 * The edited lines: the text between the common prefix and the common suffix, widened to whole
 * lines. Returns undefined when the edit adds or removes lines (then line numbers shift).
 */
function editedLines(old: string, now: string): { from: number; text: string; count: number } | undefined {
  const max = Math.min(old.length, now.length);
  let a = 0;
  while (a < max && old.charCodeAt(a) === now.charCodeAt(a)) a++;
  let b = 0;
  while (b < max - a && old.charCodeAt(old.length - 1 - b) === now.charCodeAt(now.length - 1 - b)) b++;
  // Widen to line starts/ends (a `\r` before a `\n` belongs to the same break).
  while (a > 0 && !isBreak(now.charCodeAt(a - 1))) a--;
  if (a > 0 && now.charCodeAt(a - 1) === 13 && now.charCodeAt(a) === 10) return undefined;
  let endNow = now.length - b;
  let endOld = old.length - b;
  while (endNow < now.length && !isBreak(now.charCodeAt(endNow))) { endNow++; endOld++; }
  const oldPart = old.slice(a, endOld);
  const newPart = now.slice(a, endNow);
  const count = countBreaks(newPart);
  if (count !== countBreaks(oldPart)) return undefined;
  return { from: lineAt(now, a), text: newPart, count: count + 1 };
}

/** What changed between two parses: lines [from, to) and their statements before and after. */
export interface SyntaxEdit {
  base: ConfigFileSyntax;
  from: number;
  to: number;
  removed: Statement[];
  added: Statement[];
}

function patch(file: string, prev: Previous, text: string): { syntax: ConfigFileSyntax; edit: SyntaxEdit } | undefined {
  const edit = editedLines(prev.text, text);
  if (!edit || edit.count > 2000) return undefined;
  // BOM handling and cross-line comments need the full parser.
  if (crossLine(edit.text) || (edit.from === 0 && edit.text.charCodeAt(0) === 0xfeff)) return undefined;
  const from = edit.from;
  const to = from + edit.count;
  const chunk = parseConfigSyntax(file, edit.text);
  if (from > 0) shiftLines(chunk, from, new Set());
  const merge = <T>(items: T[], lineOf: (t: T) => number, fresh: T[], removed?: T[]): T[] => {
    const out: T[] = [];
    let i = 0;
    while (i < items.length && lineOf(items[i]) < from) out.push(items[i++]);
    out.push(...fresh);
    while (i < items.length && lineOf(items[i]) < to) {
      if (removed) removed.push(items[i]);
      i++;
    }
    while (i < items.length) out.push(items[i++]);
    return out;
  };
  const removed: Statement[] = [];
  const statements = merge(prev.syntax.statements, (x) => x.line, chunk.statements, removed);
  const comments = merge(prev.syntax.comments, (x) => x.range.start.line, chunk.comments);
  const problems = merge(prev.syntax.problems, (x) => x.range.start.line, chunk.problems);
  const syntax: ConfigFileSyntax = { file, statements, comments, problems };
  const first = statements.find((x) => x.kind === 'header');
  if (first) syntax.firstHeaderLine = first.line;
  return { syntax, edit: { base: prev.syntax, from, to, removed, added: chunk.statements } };
}

/** Adds `delta` to every `line` of every object reachable from `o` (each object once; number arrays skipped). */
function shiftLines(o: unknown, delta: number, seen: Set<object>): void {
  if (o === null || typeof o !== 'object' || seen.has(o)) return;
  seen.add(o);
  if (Array.isArray(o)) {
    if (typeof o[0] === 'number') return;
    for (const x of o) shiftLines(x, delta, seen);
    return;
  }
  const rec = o as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    const v = rec[k];
    if (k === 'line' && typeof v === 'number') rec[k] = v + delta;
    else if (typeof v === 'object') shiftLines(v, delta, seen);
  }
}

/**
 * `parseConfigSyntax(file, text)`, reusing the previous parse of `file` where the text is
 * unchanged; `edit` says what changed when the previous parse was patched.
 */
export function parseSyntaxEdit(file: string, text: string): { syntax: ConfigFileSyntax; edit?: SyntaxEdit } {
  const prev = previous.get(file);
  if (prev && prev.text === text) return { syntax: prev.syntax };
  const patched = prev && reusable(prev) ? patch(file, prev, text) : undefined;
  const syntax = patched?.syntax ?? parseConfigSyntax(file, text);
  remember(file, { text, syntax });
  return patched ?? { syntax };
}

export function parseSyntaxReusing(file: string, text: string): ConfigFileSyntax {
  return parseSyntaxEdit(file, text).syntax;
}

/** Forget a document (closed, or for tests). */
export function forgetSyntax(file?: string): void {
  if (file === undefined) previous.clear();
  else previous.delete(file);
}
