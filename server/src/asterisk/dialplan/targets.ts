/**
 * Context references in the dialplan: `include =>`, `Goto`/`Gosub` and the destinations of
 * `GotoIf`/`GosubIf`. Targets built from variables are skipped (unknown until run time).
 */
import { nameKey } from './exten';
import { splitArgs } from './expr';
import type { DpArg, DpContext, DpExtension, Loc } from './types';

export interface ContextRef {
  name: string;
  start: number;
  end: number;
  loc: Loc;
  /** `include`, `Goto`, `Gosub`… as written. */
  via: string;
}

const isDynamic = (s: string): boolean => s.includes('${') || s.includes('$[');

function trimmed(value: string, a: DpArg): { text: string; start: number; end: number } {
  let s = a.start;
  let e = a.end;
  while (s < e && /\s/.test(value[s])) s++;
  while (e > s && /\s/.test(value[e - 1])) e--;
  return { text: value.slice(s, e), start: s, end: e };
}

/** The context of a `[[context,]exten,]priority` destination in value[from, to), when it names one. */
function destContext(value: string, from: number, to: number): { text: string; start: number; end: number } | undefined {
  const args = splitArgs(value, from, to);
  if (args.length !== 3) return undefined;
  const c = trimmed(value, args[0]);
  return c.text && !isDynamic(c.text) ? c : undefined;
}

/** Offset of the first `ch` in value[from, to) outside `${…}`, `$[…]` and parentheses, or -1. */
function topLevelIndex(value: string, from: number, to: number, ch: string): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = value[i];
    if (c === '$' && (value[i + 1] === '{' || value[i + 1] === '[')) { depth++; i++; continue; }
    if (c === '{' || c === '[' || c === '(') depth++;
    else if ((c === '}' || c === ']' || c === ')') && depth > 0) depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

export function extensionRefs(ext: DpExtension): ContextRef[] {
  const app = ext.app;
  if (!app || ext.dropped) return [];
  // The name first: only four applications jump, and `data` is a new string on every read.
  const lower = nameKey(app.name);
  if (lower !== 'goto' && lower !== 'gosub' && lower !== 'gotoif' && lower !== 'gosubif') return [];
  if (app.data === undefined) return [];
  const name = app.name.trim();
  const out: ContextRef[] = [];
  const push = (d: { text: string; start: number; end: number } | undefined): void => {
    if (d) out.push({ name: d.text, start: d.start, end: d.end, loc: ext.loc, via: name });
  };
  if (lower === 'goto' || lower === 'gosub') push(destContext(ext.value, app.dataStart, app.dataEnd));
  else if (lower === 'gotoif' || lower === 'gosubif') {
    const q = topLevelIndex(ext.value, app.dataStart, app.dataEnd, '?');
    if (q < 0) return out;
    const colon = topLevelIndex(ext.value, q + 1, app.dataEnd, ':');
    if (colon < 0) push(destContext(ext.value, q + 1, app.dataEnd));
    else {
      push(destContext(ext.value, q + 1, colon));
      push(destContext(ext.value, colon + 1, app.dataEnd));
    }
  }
  return out;
}

const refsMemo = new WeakMap<DpContext, ContextRef[]>();

/** Every context named by this context's includes and jumps (memoised: contexts are reused across edits). */
export function contextRefs(c: DpContext): ContextRef[] {
  let out = refsMemo.get(c);
  if (out) return out;
  out = [];
  refsMemo.set(c, out);
  for (const inc of c.includes) {
    if (inc.kind !== 'include' || !inc.target || isDynamic(inc.target)) continue;
    out.push({ name: inc.target, start: inc.targetStart, end: inc.targetEnd, loc: inc.loc, via: 'include' });
  }
  for (const ext of c.extensions) out.push(...extensionRefs(ext));
  return out;
}
