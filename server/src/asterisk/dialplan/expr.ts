/**
 * `${…}` / `$[…]` scanning and argument splitting, following `pbx_substitute_variables_helper_full`,
 * `parse_variable_name` (main/pbx_variables.c) and `__ast_app_separate_args` (main/app.c).
 * Everything works on offsets into one string, never throws, and always terminates.
 */
import type { DpArg, DpExpr, DpNode, DpVarRef } from './types';

/**
 * Finds every top-level `${…}` and `$[…]` between `from` and `to`, with their nested nodes.
 * Like Asterisk, `${` counts every `{`/`}` until the braces balance, and `$[` every `[`/`]`;
 * an unbalanced opener takes the rest of the range.
 */
export function scanNodes(s: string, from = 0, to = s.length): DpNode[] {
  const out: DpNode[] = [];
  let i = from;
  while (i < to - 1) {
    if (s.charCodeAt(i) !== 36 /* $ */) { i++; continue; }
    const c = s[i + 1];
    if (c !== '{' && c !== '[') { i++; continue; }
    const open = c;
    const close = c === '{' ? '}' : ']';
    let depth = 1;
    let j = i + 2;
    while (j < to && depth > 0) {
      const ch = s[j];
      if (ch === open) depth++;
      else if (ch === close) depth--;
      j++;
    }
    const unterminated = depth > 0;
    const innerEnd = unterminated ? to : j - 1;
    const end = unterminated ? to : j;
    out.push(open === '{' ? parseVar(s, i, i + 2, innerEnd, end, unterminated) : parseExpr(s, i, innerEnd, end, unterminated));
    i = end;
  }
  return out;
}

function parseExpr(s: string, start: number, innerEnd: number, end: number, unterminated: boolean): DpExpr {
  const node: DpExpr = { kind: 'expr', start, end, text: s.slice(start + 2, innerEnd), children: scanNodes(s, start + 2, innerEnd) };
  if (unterminated) node.unterminated = true;
  return node;
}

function parseVar(s: string, start: number, inner: number, innerEnd: number, end: number, unterminated: boolean): DpVarRef {
  // The name runs to the first `:` outside parentheses (parse_variable_name); nested `${…}` are skipped whole.
  let parens = 0;
  let colon = -1;
  let openParen = -1;
  let lastClose = -1;
  for (let k = inner; k < innerEnd; k++) {
    const ch = s[k];
    if (ch === '$' && (s[k + 1] === '{' || s[k + 1] === '[')) {
      k = skipNode(s, k, innerEnd) - 1;
      continue;
    }
    if (ch === '(') { if (openParen < 0 && parens === 0) openParen = k; parens++; }
    else if (ch === ')') { parens--; lastClose = k; }
    else if (ch === ':' && parens <= 0) { colon = k; break; }
  }
  const nameSpanEnd = colon >= 0 ? colon : innerEnd;
  const isFunction = openParen >= 0;
  const nameEnd = isFunction ? openParen : nameSpanEnd;
  const node: DpVarRef = {
    kind: 'var', start, end, name: s.slice(inner, nameEnd), nameStart: inner, nameEnd, isFunction, args: [], children: scanNodes(s, inner, innerEnd),
  };
  if (isFunction) {
    const argsEnd = lastClose > openParen && lastClose < nameSpanEnd ? lastClose : nameSpanEnd;
    node.args = splitArgs(s, openParen + 1, argsEnd);
  }
  if (colon >= 0) node.substring = { text: s.slice(colon + 1, innerEnd), start: colon + 1, end: innerEnd };
  if (unterminated) node.unterminated = true;
  return node;
}

/** End offset of the `${…}`/`$[…]` starting at `k`. */
function skipNode(s: string, k: number, to: number): number {
  const open = s[k + 1];
  const close = open === '{' ? '}' : ']';
  let depth = 1;
  let j = k + 2;
  while (j < to && depth > 0) {
    if (s[j] === open) depth++;
    else if (s[j] === close) depth--;
    j++;
  }
  return j;
}

/**
 * Splits `s[from, to)` into arguments on `,` outside parentheses, brackets and double quotes,
 * a backslash protecting the next character (`__ast_app_separate_args`). Empty input gives one
 * empty argument, as Asterisk does.
 */
export function splitArgs(s: string, from: number, to: number): DpArg[] {
  const out: DpArg[] = [];
  let paren = 0;
  let bracket = 0;
  let quote = false;
  let argStart = from;
  for (let k = from; k < to; k++) {
    const ch = s[k];
    if (ch === '\\') { k++; continue; }
    if (ch === '"') quote = !quote;
    else if (quote) continue;
    else if (ch === '(') paren++;
    else if (ch === ')') { if (paren) paren--; }
    else if (ch === '[') bracket++;
    else if (ch === ']') { if (bracket) bracket--; }
    else if (ch === ',' && !paren && !bracket) {
      out.push({ text: s.slice(argStart, k), start: argStart, end: k });
      argStart = k + 1;
    }
  }
  out.push({ text: s.slice(argStart, to), start: argStart, end: to });
  return out;
}

/** Depth-first walk over nodes and their children. */
export function* walkNodes(nodes: DpNode[]): Generator<DpNode> {
  for (const n of nodes) {
    yield n;
    yield* walkNodes(n.children);
  }
}
