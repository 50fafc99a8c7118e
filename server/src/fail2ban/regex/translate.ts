/**
 * Python `re` → JavaScript RegExp. The output runs on Node 20 without the `u` flag (the shipped
 * filters use identity escapes `u` rejects). Semantics kept: Python's `$` also matches before a
 * final `\n` (fail2ban always appends one), `.` excludes only `\n`, MULTILINE anchors only at `\n`,
 * `{,n}`, `\A`/`\Z`, scoped flags (case-expanded: Node 20 has no `(?i:…)`), atomic/possessive
 * (lookahead + backreference), conditionals (rewritten, see conditional.ts).
 * `\d \w \s \b` are ASCII in JS without `u` and Unicode in Python: with `unicode: true` the output uses
 * the `u` flag and Python's definitions (`\w` = letters, numbers and `_`; `\d` = decimal digits;
 * `\s` = str.isspace(), which holds \x1c-\x1f and \x85 but not \ufeff). The tester runs that variant
 * on text where the two can differ (non-ASCII, or \x1c-\x1f) and the ASCII one everywhere else.
 */
import { eliminateConditionals, NotReproducible } from './conditional';
import { parsePyRegex, type ClassItem, type Node } from './pyParse';

export interface TranslateOptions {
  /** fail2ban compiles with re.MULTILINE when maxlines > 1. */
  multiline?: boolean;
  ignoreCase?: boolean;
  /** Python's Unicode classes, with the `u` flag (see above). */
  unicode?: boolean;
}

const PY_WORD = '\\p{L}\\p{N}_';
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Python's class escapes as the inside of a JS class (u flag), and whether the class is negated. */
const PY_CLASS: Record<string, [string, boolean]> = {
  '\\w': [PY_WORD, false], '\\W': [PY_WORD, true],
  '\\d': ['\\p{Nd}', false], '\\D': ['\\p{Nd}', true],
  '\\s': [PY_SPACE, false], '\\S': [PY_SPACE, true],
};
const PY_BOUNDARY = `(?:(?<=[${PY_WORD}])(?![${PY_WORD}])|(?<![${PY_WORD}])(?=[${PY_WORD}]))`;
const PY_NON_BOUNDARY = `(?:(?<=[${PY_WORD}])(?=[${PY_WORD}])|(?<![${PY_WORD}])(?![${PY_WORD}]))`;

export interface Translated {
  ok: true;
  source: string;
  flags: string;
  /** Python group names, in order. */
  groupNames: string[];
  /** JS group name of a duplicated copy → Python name (coalesce after matching). */
  renames: Map<string, string>;
  /** JS capture number of each Python group number (index = Python number). */
  groupMap: number[];
}

export interface TranslateError {
  ok: false;
  message: string;
  /** Offset in the Python source. */
  offset: number;
  /** True when the regex is valid Python but has no JavaScript equivalent here. */
  unsupported?: boolean;
}

interface Flags {
  i: boolean;
  s: boolean;
  m: boolean;
}

const SPECIAL = /[\\^$.|?*+()[\]{}/]/;

function escChar(ch: string): string {
  switch (ch) {
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    case '\f': return '\\f';
    case '\v': return '\\v';
    case '\0': return '\\x00';
    case '\u2028': return '\\u2028';
    case '\u2029': return '\\u2029';
  }
  return SPECIAL.test(ch) ? '\\' + ch : ch;
}

function escClassChar(ch: string): string {
  if (ch === ']' || ch === '\\' || ch === '^' || ch === '-' || ch === '[') return '\\' + ch;
  return ch.length === 1 && /[\n\r\t\f\v\0\u2028\u2029]/.test(ch) ? escChar(ch) : ch;
}

function otherCase(ch: string): string | undefined {
  const u = ch.toUpperCase();
  const l = ch.toLowerCase();
  const o = ch === u ? l : u;
  return o !== ch && o.length === ch.length && [...o].length === 1 ? o : undefined;
}

class Emitter {
  jsGroups = 0;
  groupMap: number[] = [0];
  helper = 0;
  constructor(
    readonly useFlagI: boolean,
    readonly unicode = false,
  ) {}

  emit(n: Node, f: Flags): string {
    switch (n.t) {
      case 'seq':
        return n.items.map((x) => this.emit(x, f)).join('');
      case 'alt':
        return n.branches.map((x) => this.emit(x, f)).join('|');
      case 'lit': {
        if (f.i && !this.useFlagI) {
          const o = otherCase(n.ch);
          if (o) return `[${escClassChar(n.ch)}${escClassChar(o)}]`;
        }
        return escChar(n.ch);
      }
      case 'atom': {
        if (!this.unicode) return n.js;
        if (n.js === '\\b') return PY_BOUNDARY;
        if (n.js === '\\B') return PY_NON_BOUNDARY;
        const c = PY_CLASS[n.js];
        return c ? `[${c[1] ? '^' : ''}${c[0]}]` : n.js;
      }
      case 'class':
        return this.emitClass(n.neg, n.items, f);
      case 'dot':
        return f.s ? '[\\s\\S]' : '[^\\n]';
      case 'bol':
        return f.m ? '(?<=^|\\n)' : '^';
      case 'eol':
        return f.m ? '(?=\\n|$)' : '(?=\\n?$)';
      case 'strStart':
        return '(?<![\\s\\S])';
      case 'strEnd':
        return '(?![\\s\\S])';
      case 'backref':
        return typeof n.ref === 'string' ? `\\k<${n.ref}>` : `(?:\\${this.groupMap[n.ref]})`;
      case 'look':
        return `(?${n.ahead ? '' : '<'}${n.neg ? '!' : '='}${this.emit(n.body, f)})`;
      case 'group': {
        if (n.kind === 'cap') {
          this.jsGroups++;
          if (n.num !== undefined) this.groupMap[n.num] = this.jsGroups;
          const body = this.emit(n.body, f);
          return n.name ? `(?<${n.name}>${body})` : `(${body})`;
        }
        const g: Flags = { ...f };
        for (const c of n.flagsOn ?? '') if (c === 'i' || c === 's' || c === 'm') g[c] = true;
        for (const c of n.flagsOff ?? '') if (c === 'i' || c === 's' || c === 'm') g[c] = false;
        if (n.kind === 'atomic') return this.atomic(() => this.emit(n.body, g));
        return `(?:${this.emit(n.body, g)})`;
      }
      case 'quant': {
        const body = this.quantBody(n.body, f);
        const q = n.min === 0 && n.max === Infinity ? '*' : n.min === 1 && n.max === Infinity ? '+' : n.min === 0 && n.max === 1 ? '?'
          : n.max === Infinity ? `{${n.min},}` : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
        if (n.possessive) return this.atomic(() => body + q);
        return body + q + (n.lazy ? '?' : '');
      }
      case 'cond':
        throw new NotReproducible('conditional left after rewriting', n.pos);
    }
  }

  /** `(?>X)` ≡ `(?=(X))\1`: the lookahead commits to its first match, the backreference consumes it. */
  atomic(body: () => string): string {
    this.jsGroups++;
    const name = `__atomic${this.helper++}`;
    return `(?=(?<${name}>${body()}))\\k<${name}>`;
  }

  quantBody(n: Node, f: Flags): string {
    const s = this.emit(n, f);
    if (n.t === 'group' || n.t === 'class' || n.t === 'atom' || n.t === 'dot') return s;
    if (n.t === 'lit' && (s.length === 1 || (s.length === 2 && s[0] === '\\') || /^\[[^\]]*\]$/.test(s)) && n.ch.length === 1) return s;
    return `(?:${s})`;
  }

  emitClass(neg: boolean, items: ClassItem[], f: Flags): string {
    const parts: string[] = [];
    // unicode: negated escapes (\W \D \S) inside a class become alternatives of their own
    const negated: string[] = [];
    for (const it of items) {
      if (it.k === 'esc' && this.unicode && PY_CLASS[it.js]) {
        const [inner, isNeg] = PY_CLASS[it.js];
        if (isNeg) negated.push(`[^${inner}]`);
        else parts.push(inner);
      } else if (it.k === 'esc') parts.push(it.js);
      else if (it.k === 'ch') {
        parts.push(escClassChar(it.ch));
        if (f.i && !this.useFlagI) {
          const o = otherCase(it.ch);
          if (o) parts.push(escClassChar(o));
        }
      } else {
        parts.push(`${escClassChar(it.from)}-${escClassChar(it.to)}`);
        if (f.i && !this.useFlagI) {
          const a = it.from.codePointAt(0)!;
          const b = it.to.codePointAt(0)!;
          const lo = [Math.max(a, 97), Math.min(b, 122)];
          const up = [Math.max(a, 65), Math.min(b, 90)];
          if (lo[0] <= lo[1]) parts.push(`${String.fromCharCode(lo[0] - 32)}-${String.fromCharCode(lo[1] - 32)}`);
          if (up[0] <= up[1]) parts.push(`${String.fromCharCode(up[0] + 32)}-${String.fromCharCode(up[1] + 32)}`);
        }
      }
    }
    if (!negated.length) return `[${neg ? '^' : ''}${parts.join('')}]`;
    const union = `(?:${[...(parts.length ? [`[${parts.join('')}]`] : []), ...negated].join('|')})`;
    return neg ? `(?:(?!${union})[\\s\\S])` : union;
  }
}

function hasScopedIgnoreCaseOff(n: Node): boolean {
  if (n.t === 'group' && (n.flagsOff ?? '').includes('i')) return true;
  const kids: Node[] = n.t === 'seq' ? n.items : n.t === 'alt' ? n.branches : n.t === 'cond' ? [n.yes, n.no] : 'body' in n ? [n.body] : [];
  return kids.some(hasScopedIgnoreCaseOff);
}

/** Translates a Python regex; never throws. */
export function translatePyRegex(source: string, opts: TranslateOptions = {}): Translated | TranslateError {
  const parsed = parsePyRegex(source);
  if (!parsed.ok) return parsed;
  const renames = new Map<string, string>();
  try {
    const ast = eliminateConditionals(parsed.ast, renames);
    const gf = parsed.globalFlags;
    const i = !!opts.ignoreCase || gf.includes('i');
    const useFlagI = i && !hasScopedIgnoreCaseOff(ast);
    const em = new Emitter(useFlagI, !!opts.unicode);
    const js = em.emit(ast, { i, s: gf.includes('s'), m: !!opts.multiline || gf.includes('m') });
    const flags = (useFlagI ? 'i' : '') + (opts.unicode ? 'u' : '');
    try {
      new RegExp(js, flags);
    } catch (e) {
      return { ok: false, message: `no JavaScript equivalent: ${(e as Error).message}`, offset: 0, unsupported: true };
    }
    return { ok: true, source: js, flags, groupNames: parsed.groupNames, renames, groupMap: em.groupMap };
  } catch (e) {
    if (e instanceof NotReproducible) return { ok: false, message: e.message, offset: e.offset, unsupported: true };
    return { ok: false, message: String((e as Error)?.message ?? e), offset: 0, unsupported: true };
  }
}

/** Group values of a JS match under their Python names (duplicated copies coalesced). */
export function pyGroups(m: RegExpExecArray, renames: Map<string, string>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const g = m.groups;
  if (!g) return out;
  for (const k in g) {
    if (k.startsWith('__atomic')) continue;
    const orig = renames.get(k);
    if (orig === undefined) {
      if (!(k in out) || out[k] === undefined) out[k] = g[k];
    } else if (g[k] !== undefined || !(orig in out)) {
      if (out[orig] === undefined) out[orig] = g[k];
    }
  }
  return out;
}
