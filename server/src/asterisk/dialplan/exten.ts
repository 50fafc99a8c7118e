/**
 * `exten =>` / `same =>` values as `pbx_load_config()` (pbx/pbx_config.c) splits them:
 * `<ext>[/<cid>],<prio>[(<label>)],<app>[(<data>)]`. Offsets index the value string.
 */
import { scanNodes, splitArgs } from './expr';
import type { DpAppCall, DpArg, DpNode, DpPattern, DpPriority } from './types';

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

function trim(s: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(s[start])) start++;
  while (end > start && isBlank(s[end - 1])) end--;
  return [start, end];
}

/** `pbx_strsep`: the first `,` not inside `[…]` and not after a backslash, or -1. */
export function extSeparator(s: string): number {
  let bracket = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') bracket++;
    else if (c === ']') { if (bracket) bracket--; }
    else if (c === ',' && !bracket) return i;
  }
  return -1;
}

export function parsePattern(s: string, start: number, end: number): DpPattern {
  const text = s.slice(start, end);
  const isPattern = text.startsWith('_');
  const p: DpPattern = { text, start, end, isPattern, open: false, nonDigitClass: false, catchAll: isPattern && (text === '_.' || text === '_!'), badClass: false };
  if (!isPattern) return p;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '!') p.open = true;
    else if (c === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) { p.badClass = true; p.nonDigitClass = true; break; }
      // `-` between two characters is a range; a class admitting anything but digits lets letters,
      // `*`, `#`, `&`, `/`… through, which is what injection needs.
      const body = text.slice(i + 1, close);
      for (let k = 0; k < body.length; k++) {
        const ch = body[k];
        if (ch === '-' && k > 0 && k < body.length - 1) {
          const lo = body[k - 1];
          const hi = body[k + 1];
          if (!(lo >= '0' && lo <= '9' && hi >= '0' && hi <= '9')) p.nonDigitClass = true;
        } else if (!(ch >= '0' && ch <= '9')) p.nonDigitClass = true;
      }
      i = close;
    }
  }
  return p;
}

/**
 * A priority: `1`, `n`/`next`, `s`/`same`, `hint` or a label, each optionally `+N`, optionally
 * followed by `(label)`. `ok=false` when Asterisk would skip the line (unclosed label paren).
 */
export function parsePriority(s: string, start: number, end: number): DpPriority {
  while (start < end && isBlank(s[start])) start++;
  while (end > start && isBlank(s[end - 1])) end--;
  const text = s.slice(start, end);
  const p: DpPriority = { text, start, end, kind: 'invalid' };
  let head = text;
  const lp = text.indexOf('(');
  if (lp >= 0) {
    const rp = text.indexOf(')', lp + 1);
    if (rp < 0) return p;
    p.label = { name: text.slice(lp + 1, rp), start: start + lp + 1, end: start + rp };
    head = text.slice(0, lp);
  }
  const plus = head.indexOf('+');
  if (plus >= 0) {
    const off = Number(head.slice(plus + 1));
    if (Number.isInteger(off)) p.offset = off;
    head = head.slice(0, plus);
  }
  const lower = head.toLowerCase();
  if (lower === 'hint') p.kind = 'hint';
  else if (lower === 'n' || lower === 'next') p.kind = 'next';
  else if (lower === 's' || lower === 'same') p.kind = 'same';
  else if (/^[0-9]+/.test(head)) {
    // sscanf("%d") reads the leading digits and ignores the rest.
    p.kind = 'number';
    p.value = parseInt(head, 10);
    if (p.value < 1) p.kind = 'invalid';
  } else if (head.length) p.kind = 'label';
  return p;
}

/**
 * Short names (applications, keys) repeat on most lines of a dialplan: one shared string per
 * distinct name rather than one per line. Bounded, so odd input cannot grow it without limit.
 */
const names = new Map<string, string>();
export function internName(name: string): string {
  if (name.length > 40) return name;
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size < 4096) names.set(name, name);
  return name;
}

const recentNames: string[] = [];
/** `internName(s.slice(start, end))`, compared in place with the last few names seen (no slice per line). */
function nameAt(s: string, start: number, end: number): string {
  const len = end - start;
  for (let k = 0; k < recentNames.length; k++) {
    const name = recentNames[k];
    if (name.length === len && s.startsWith(name, start)) return name;
  }
  const name = internName(s.slice(start, end));
  if (recentNames.length >= 8) recentNames.pop();
  recentNames.unshift(name);
  return name;
}

const keys = new Map<string, string>();
/** `name.trim().toLowerCase()`, remembered per distinct name (rules compare it on every line). */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.trim().toLowerCase();
    if (keys.size < 4096) keys.set(name, key);
  }
  return key;
}

/**
 * An application call whose data, arguments and `${…}` nodes are computed on first use: most lines
 * are never asked for them (rules look at the application name first), and a 50,000-line dialplan
 * should not pay for splitting every argument list.
 */
class AppCall implements DpAppCall {
  /** Arguments and nodes once computed (one field: most calls never need either). */
  private lazy: { args?: DpArg[]; nodes?: DpNode[] } | undefined = undefined;
  declare unclosed?: boolean;
  /** Without data, `dataStart` is `nameEnd` (nothing between them); with data, just past the `(`. */
  constructor(
    private readonly s: string,
    readonly name: string,
    readonly nameStart: number,
    readonly nameEnd: number,
    readonly dataStart: number,
    readonly dataEnd: number,
  ) {}
  private get hasData(): boolean {
    return this.dataStart > this.nameEnd;
  }
  get data(): string | undefined {
    return this.hasData ? this.s.slice(this.dataStart, this.dataEnd) : undefined;
  }
  get args(): DpArg[] {
    const lazy = (this.lazy ??= {});
    return (lazy.args ??= this.hasData ? splitArgs(this.s, this.dataStart, this.dataEnd) : []);
  }
  /** `${…}` nodes of the data, or of the whole application part (it runs to the end of the value) without data. */
  get nodes(): DpNode[] {
    const lazy = (this.lazy ??= {});
    return (lazy.nodes ??= this.hasData ? scanNodes(this.s, this.dataStart, this.dataEnd) : scanNodes(this.s, this.nameStart, this.s.length));
  }
  /** The plain-data form. */
  toJSON(): DpAppCall {
    const out: DpAppCall = { name: this.name, nameStart: this.nameStart, nameEnd: this.nameEnd, dataStart: this.dataStart, dataEnd: this.dataEnd, args: this.args, nodes: this.nodes };
    if (this.hasData) out.data = this.data;
    if (this.unclosed) out.unclosed = true;
    return out;
  }
}

/** `App(data)`: the name runs to the first `(`, the data to the last `)`. */
export function parseAppCall(s: string, start: number, end: number): DpAppCall {
  while (start < end && isBlank(s[start])) start++;
  const lp = s.indexOf('(', start);
  if (lp < 0 || lp >= end) {
    let e = end;
    while (e > start && isBlank(s[e - 1])) e--;
    return new AppCall(s, nameAt(s, start, e), start, e, e, e);
  }
  const name = nameAt(s, start, lp);
  // A `${` or `$[` in the name part: Asterisk takes the whole string as the application (hints).
  if (name.includes('${') || name.includes('$[')) return new AppCall(s, s.slice(start, end), start, end, end, end);
  const rp = s.lastIndexOf(')', end - 1);
  const unclosed = rp <= lp;
  const dataEnd = unclosed ? end : rp;
  const call = new AppCall(s, name, start, lp, lp + 1, dataEnd);
  if (unclosed) call.unclosed = true;
  return call;
}

export interface ExtenParts {
  pattern?: DpPattern;
  callerId?: { text: string; start: number; end: number };
  priority?: DpPriority;
  /** The priority field, untrimmed: `parsePriority(value, priorityStart, priorityEnd)` gives `priority` again. */
  priorityStart?: number;
  priorityEnd?: number;
  /** The priority's kind and number (what the builder tracks); `priority` itself when it was built. */
  priorityClass?: { kind: DpPriority['kind']; value?: number };
  app?: DpAppCall;
  /** Why Asterisk skips this line, when it does. */
  problem?: string;
}

/**
 * The kind and number of the commonest priorities (`n`, `n(label)`, or digits alone) without building a
 * DpPriority; undefined for anything else (then `parsePriority` decides). Same answer as
 * `parsePriority(s, start, end)`.
 */
export function quickPriority(s: string, start: number, end: number): { kind: 'next' | 'number'; value?: number } | undefined {
  while (start < end && isBlank(s[start])) start++;
  while (end > start && isBlank(s[end - 1])) end--;
  const len = end - start;
  if (s[start] === 'n' || s[start] === 'N') {
    if (len === 1) return NEXT;
    // `n(label)`: the head before the first `(` is `n`, and a `)` closes the label.
    if (s[start + 1] === '(') {
      const rp = s.indexOf(')', start + 2);
      return rp !== -1 && rp < end ? NEXT : undefined;
    }
    return undefined;
  }
  if (len === 0 || len > 9) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return value >= 1 && value < NUMBERS.length ? NUMBERS[value] : undefined;
}
const NEXT = { kind: 'next' as const };
/** Shared answers for priorities 1..99 (no object per line). */
const NUMBERS = Array.from({ length: 100 }, (_, value) => ({ kind: 'number' as const, value }));

/**
 * Dialplan patterns repeat (`_X.`, the same extension numbers in every context): equal texts at
 * the same offset share one DpPattern (plain data, never modified). Bounded.
 */
const patterns = new Map<string, DpPattern>();
export function sharedPattern(s: string, start: number, end: number): DpPattern {
  if (end - start > 40) return parsePattern(s, start, end);
  const key = `${start}\u0001${s.slice(start, end)}`;
  let p = patterns.get(key);
  if (!p) {
    p = parsePattern(s, start, end);
    if (patterns.size < 4096) patterns.set(key, p);
  }
  return p;
}

/** Splits an `exten =>` value (withExt) or a `same =>` value (without). */
export function parseExtenValue(value: string, withExt: boolean): ExtenParts {
  const out: ExtenParts = {};
  splitExten(value, withExt, out, false);
  return out;
}

const scratch: ExtenParts = {
  pattern: undefined, callerId: undefined, priority: undefined, priorityClass: undefined, priorityStart: undefined,
  priorityEnd: undefined, app: undefined, problem: undefined,
};

/**
 * `parseExtenValue` for the dialplan builder, which reads the parts at once and keeps only some:
 * the result is one reused object (valid until the next call), patterns are shared, and the
 * commonest priorities are classified without a DpPriority (`priorityClass` is always set,
 * `priority` only when it had to be built).
 */
export function parseExtenValueLean(value: string, withExt: boolean): ExtenParts {
  const out = scratch;
  out.pattern = out.callerId = out.priority = out.priorityClass = out.priorityStart = out.priorityEnd = out.app = out.problem = undefined;
  splitExten(value, withExt, out, true);
  return out;
}

function splitExten(value: string, withExt: boolean, out: ExtenParts, lean: boolean): void {
  let rest = 0;
  if (withExt) {
    const sep = extSeparator(value);
    const extEnd = sep < 0 ? value.length : sep;
    // Blanks trimmed in place (no [start, end] pairs: this runs on every `exten =>` line).
    let es = 0;
    let ee = extEnd;
    while (es < ee && isBlank(value[es])) es++;
    while (ee > es && isBlank(value[ee - 1])) ee--;
    const slash = value.indexOf('/', es);
    if (slash >= 0 && slash < ee) {
      const [cs, ce] = trim(value, slash + 1, ee);
      out.callerId = { text: value.slice(cs, ce), start: cs, end: ce };
      ee = slash;
      while (ee > es && isBlank(value[ee - 1])) ee--;
    }
    out.pattern = lean ? sharedPattern(value, es, ee) : parsePattern(value, es, ee);
    if (sep < 0) { out.problem = 'no priority after the extension'; return; }
    rest = sep + 1;
  }
  const comma = value.indexOf(',', rest);
  const prioEnd = comma < 0 ? value.length : comma;
  const quick = lean ? quickPriority(value, rest, prioEnd) : undefined;
  if (quick) out.priorityClass = quick;
  else {
    const p = (out.priority = parsePriority(value, rest, prioEnd));
    out.priorityClass = p;
    if (p.kind === 'invalid') out.problem = p.text.includes('(') ? 'label missing its closing `)`' : `invalid priority "${p.text}"`;
  }
  out.priorityStart = rest;
  out.priorityEnd = prioEnd;
  out.app = parseAppCall(value, comma < 0 ? value.length : comma + 1, value.length);
}
