/**
 * A parser for Python `re` syntax (the dialect fail2ban's regexes are written in) into a small AST.
 * The AST exists so that constructs JavaScript lacks (conditionals, scoped flags, `{,n}`, Python's
 * `$`) can be rewritten structurally rather than by text substitution. Every node keeps its source
 * offset so errors point at the right column. Never throws: errors come back as values.
 */

export type Node =
  | { t: 'seq'; items: Node[]; pos: number }
  | { t: 'alt'; branches: Node[]; pos: number }
  | { t: 'group'; kind: 'cap' | 'noncap' | 'atomic'; name?: string; num?: number; flagsOn?: string; flagsOff?: string; body: Node; pos: number }
  | { t: 'look'; ahead: boolean; neg: boolean; body: Node; pos: number }
  | { t: 'quant'; body: Node; min: number; max: number; lazy: boolean; possessive: boolean; pos: number }
  | { t: 'lit'; ch: string; pos: number }
  /** A ready-made JS atom that needs no case expansion (`\d`, `\w`, escapes of non-letters). */
  | { t: 'atom'; js: string; pos: number }
  | { t: 'class'; neg: boolean; items: ClassItem[]; pos: number }
  | { t: 'dot'; pos: number }
  | { t: 'bol'; pos: number }
  | { t: 'eol'; pos: number }
  | { t: 'strStart'; pos: number }
  | { t: 'strEnd'; pos: number }
  | { t: 'backref'; ref: string | number; pos: number }
  | { t: 'cond'; ref: string | number; yes: Node; no: Node; pos: number };

/** A class member: a single code unit/escape, a range, or a predefined class such as `\d`. */
export type ClassItem = { k: 'ch'; ch: string } | { k: 'range'; from: string; to: string } | { k: 'esc'; js: string };

export interface ParseResult {
  ok: true;
  ast: Node;
  /** Global flags given inline at the start (`(?i)`, `(?iu)`...). */
  globalFlags: string;
  groupNames: string[];
  groupCount: number;
}
export interface ParseError {
  ok: false;
  message: string;
  offset: number;
}

const FLAG_CHARS = 'aiLmsux';

class Parser {
  i = 0;
  globalFlags = '';
  groupCount = 0;
  names: string[] = [];
  verbose = false;
  constructor(readonly s: string) {}

  fail(message: string, offset = this.i): never {
    throw new PyReError(message, offset);
  }

  parseAlt(): Node {
    const pos = this.i;
    const branches: Node[] = [this.parseSeq()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.parseSeq());
    }
    return branches.length === 1 ? branches[0] : { t: 'alt', branches, pos };
  }

  parseSeq(): Node {
    const pos = this.i;
    const items: Node[] = [];
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '|' || c === ')') break;
      if (this.verbose && this.skipVerbose()) continue;
      const atom = this.parseAtom();
      if (!atom) continue;
      items.push(this.parseQuant(atom));
    }
    return { t: 'seq', items, pos };
  }

  /** In `(?x)` mode whitespace and `#` comments outside classes are not part of the pattern. */
  skipVerbose(): boolean {
    const c = this.s[this.i];
    if (/\s/.test(c)) {
      this.i++;
      return true;
    }
    if (c === '#') {
      while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      return true;
    }
    return false;
  }

  parseQuant(atom: Node): Node {
    const pos = this.i;
    let min = -1;
    let max = -1;
    const c = this.s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m || (m[1] === '' && !m[2])) return atom; // a literal `{` (Python treats it as text)
      min = m[1] === '' ? 0 : Number(m[1]);
      max = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : min;
      if (max < min) this.fail('min repeat greater than max repeat', pos + 1);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (atom.t === 'bol' || atom.t === 'eol' || atom.t === 'quant' || atom.t === 'strStart' || atom.t === 'strEnd')
      this.fail(atom.t === 'quant' ? 'multiple repeat' : 'nothing to repeat', pos);
    if (atom.t === 'look' || (atom.t === 'seq' && atom.items.length === 0)) this.fail('nothing to repeat', pos);
    let lazy = false;
    let possessive = false;
    if (this.s[this.i] === '?') {
      lazy = true;
      this.i++;
    } else if (this.s[this.i] === '+') {
      possessive = true;
      this.i++;
    }
    const q: Node = { t: 'quant', body: atom, min, max, lazy, possessive, pos };
    const n = this.s[this.i];
    if (n === '*' || n === '+' || n === '?' || (n === '{' && /^\{\d*,?\d*\}/.test(this.s.slice(this.i)) && this.s.slice(this.i, this.i + 2) !== '{}'))
      this.fail('multiple repeat', this.i);
    return q;
  }

  parseAtom(): Node | null {
    const pos = this.i;
    const c = this.s[this.i];
    switch (c) {
      case '(':
        return this.parseGroup();
      case '[':
        return this.parseClass();
      case '.':
        this.i++;
        return { t: 'dot', pos };
      case '^':
        this.i++;
        return { t: 'bol', pos };
      case '$':
        this.i++;
        return { t: 'eol', pos };
      case '\\':
        return this.parseEscape(false) as Node;
      case '*':
      case '+':
      case '?':
        return this.fail('nothing to repeat');
      case '{':
        if (/^\{\d*,?\d*\}/.test(this.s.slice(this.i)) && this.s.slice(this.i, this.i + 2) !== '{}' && this.s.slice(this.i, this.i + 3) !== '{,}')
          this.fail('nothing to repeat');
        this.i++;
        return { t: 'lit', ch: c, pos };
      default: {
        // a whole code point (surrogate pairs stay together)
        const cp = this.s.codePointAt(this.i)!;
        const ch = String.fromCodePoint(cp);
        this.i += ch.length;
        return { t: 'lit', ch, pos };
      }
    }
  }

  readName(end: string): string {
    const start = this.i;
    const close = this.s.indexOf(end, this.i);
    if (close < 0) this.fail(`missing ${end}, unterminated name`, start);
    const name = this.s.slice(start, close);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      if (/^\d+$/.test(name)) {
        this.i = close + 1;
        return name;
      }
      this.fail(`bad character in group name '${name}'`, start);
    }
    this.i = close + 1;
    return name;
  }

  parseGroup(): Node {
    const pos = this.i;
    this.i++;
    if (this.s[this.i] !== '?') {
      const num = ++this.groupCount;
      const body = this.parseBody(pos);
      return { t: 'group', kind: 'cap', num, body, pos };
    }
    this.i++;
    const c = this.s[this.i];
    if (c === 'P') {
      this.i++;
      if (this.s[this.i] === '<') {
        this.i++;
        const name = this.readName('>');
        if (/^\d/.test(name)) this.fail(`bad character in group name '${name}'`, pos + 4);
        if (this.names.includes(name)) this.fail(`redefinition of group name '${name}' as group ${this.groupCount + 1}; was group ${this.names.indexOf(name) + 1}`, pos + 4);
        const num = ++this.groupCount;
        this.names.push(name);
        const body = this.parseBody(pos);
        return { t: 'group', kind: 'cap', name, num, body, pos };
      }
      if (this.s[this.i] === '=') {
        this.i++;
        const name = this.readName(')');
        if (!this.names.includes(name)) this.fail(`unknown group name '${name}'`, pos + 4);
        return { t: 'backref', ref: name, pos };
      }
      return this.fail('unknown extension ?P' + (this.s[this.i] ?? ''), pos + 1);
    }
    if (c === ':') {
      this.i++;
      return { t: 'group', kind: 'noncap', body: this.parseBody(pos), pos };
    }
    if (c === '>') {
      this.i++;
      return { t: 'group', kind: 'atomic', body: this.parseBody(pos), pos };
    }
    if (c === '=' || c === '!') {
      this.i++;
      return { t: 'look', ahead: true, neg: c === '!', body: this.parseBody(pos), pos };
    }
    if (c === '<' && (this.s[this.i + 1] === '=' || this.s[this.i + 1] === '!')) {
      const neg = this.s[this.i + 1] === '!';
      this.i += 2;
      return { t: 'look', ahead: false, neg, body: this.parseBody(pos), pos };
    }
    if (c === '#') {
      const close = this.s.indexOf(')', this.i);
      if (close < 0) this.fail('missing ), unterminated comment', pos);
      this.i = close + 1;
      return { t: 'seq', items: [], pos };
    }
    if (c === '(') {
      this.i++;
      const ref = this.readName(')');
      const r: string | number = /^\d+$/.test(ref) ? Number(ref) : ref;
      if (typeof r === 'string' && !this.names.includes(r)) this.fail(`unknown group name '${r}'`, pos + 3);
      const yes = this.parseSeq();
      let no: Node = { t: 'seq', items: [], pos: this.i };
      if (this.s[this.i] === '|') {
        this.i++;
        no = this.parseSeq();
        if (this.s[this.i] === '|') this.fail('conditional backref with more than two branches');
      }
      if (this.s[this.i] !== ')') this.fail('missing ), unterminated subpattern', pos);
      this.i++;
      return { t: 'cond', ref: r, yes, no, pos };
    }
    // inline flags: (?aiLmsux) global, (?flags-flags:...) scoped
    const m = /^([aiLmsux]*)(?:-([imsx]*))?([:)])/.exec(this.s.slice(this.i));
    if (!m || (m[1] === '' && m[2] === undefined)) return this.fail('unknown extension ?' + (c ?? ''), pos + 1);
    for (const f of m[1]) if (!FLAG_CHARS.includes(f)) this.fail('unknown flag', this.i);
    if (m[3] === ')') {
      if (m[2] !== undefined) this.fail('missing :', this.i + m[0].length - 1);
      if (pos !== 0 && !/^(\(\?[aiLmsux]+\))+$/.test(this.s.slice(0, pos))) this.fail('global flags not at the start of the expression', pos);
      this.globalFlags += m[1];
      if (m[1].includes('x')) this.verbose = true;
      this.i += m[0].length;
      return null as unknown as Node;
    }
    this.i += m[0].length;
    const saveVerbose = this.verbose;
    if (m[1].includes('x')) this.verbose = true;
    if ((m[2] ?? '').includes('x')) this.verbose = false;
    const body = this.parseBody(pos);
    this.verbose = saveVerbose;
    return { t: 'group', kind: 'noncap', flagsOn: m[1], flagsOff: m[2] ?? '', body, pos };
  }

  parseBody(open: number): Node {
    const body = this.parseAlt();
    if (this.s[this.i] !== ')') this.fail('missing ), unterminated subpattern', open);
    this.i++;
    return body;
  }

  /** Escapes outside (inClass=false) or inside a class. Returns a Node or a ClassItem. */
  parseEscape(inClass: boolean): Node | ClassItem {
    const pos = this.i;
    const c = this.s[this.i + 1];
    if (c === undefined) this.fail('bad escape (end of pattern)', pos);
    this.i += 2;
    const atom = (js: string): Node | ClassItem => (inClass ? { k: 'esc', js } : { t: 'atom', js, pos });
    const lit = (ch: string): Node | ClassItem => (inClass ? { k: 'ch', ch } : { t: 'lit', ch, pos });
    switch (c) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return atom('\\' + c);
      case 'b':
        return inClass ? lit('\b') : atom('\\b');
      case 'B':
        if (inClass) this.fail('bad escape \\B', pos);
        return atom('\\B');
      case 'A':
        if (inClass) this.fail('bad escape \\A', pos);
        return { t: 'strStart', pos };
      case 'Z':
        if (inClass) this.fail('bad escape \\Z', pos);
        return { t: 'strEnd', pos };
      case 'n': return lit('\n');
      case 't': return lit('\t');
      case 'r': return lit('\r');
      case 'f': return lit('\f');
      case 'v': return lit('\v');
      case 'a': return lit('\x07');
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i));
        if (!m) this.fail('incomplete escape \\x', pos);
        this.i += 2;
        return lit(String.fromCharCode(parseInt(m![0], 16)));
      }
      case 'u': case 'U': {
        const len = c === 'u' ? 4 : 8;
        const m = new RegExp(`^[0-9a-fA-F]{${len}}`).exec(this.s.slice(this.i));
        if (!m) this.fail(`incomplete escape \\${c}`, pos);
        this.i += len;
        const cp = parseInt(m![0], 16);
        if (cp > 0x10ffff) this.fail('bad escape', pos);
        return lit(String.fromCodePoint(cp));
      }
      case 'N':
        return this.fail('named Unicode escapes \\N{...} cannot be reproduced in JavaScript', pos);
      case '0': {
        const m = /^[0-7]{0,2}/.exec(this.s.slice(this.i))!;
        this.i += m[0].length;
        return lit(String.fromCharCode(parseInt('0' + m[0], 8)));
      }
      default:
        if (/[1-9]/.test(c)) {
          const m = /^[0-7]{2}/.exec(this.s.slice(this.i - 1));
          if (m && /^[0-3]/.test(c)) {
            this.i += 1;
            return lit(String.fromCharCode(parseInt(m[0] + '', 8)));
          }
          if (inClass) this.fail('bad escape \\' + c, pos);
          const d = /^\d{0,1}/.exec(this.s.slice(this.i))![0];
          this.i += d.length;
          const n = Number(c + d);
          if (n > this.groupCount) this.fail(`invalid group reference ${n}`, pos + 1);
          return { t: 'backref', ref: n, pos };
        }
        if (/[A-Za-z0-9]/.test(c)) this.fail('bad escape \\' + c, pos);
        return lit(String.fromCodePoint(this.s.codePointAt(this.i - 1)!));
    }
  }

  parseClass(): Node {
    const pos = this.i;
    this.i++;
    let neg = false;
    if (this.s[this.i] === '^') {
      neg = true;
      this.i++;
    }
    const items: ClassItem[] = [];
    let first = true;
    for (;;) {
      if (this.i >= this.s.length) this.fail('unterminated character set', pos);
      const c = this.s[this.i];
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      let item: ClassItem;
      if (c === '\\') item = this.parseEscape(true) as ClassItem;
      else {
        const ch = String.fromCodePoint(this.s.codePointAt(this.i)!);
        this.i += ch.length;
        item = { k: 'ch', ch };
      }
      if (item.k === 'ch' && this.s[this.i] === '-' && this.s[this.i + 1] !== ']' && this.i + 1 < this.s.length) {
        const save = this.i;
        this.i++;
        let to: ClassItem;
        if (this.s[this.i] === '\\') to = this.parseEscape(true) as ClassItem;
        else {
          const ch = String.fromCodePoint(this.s.codePointAt(this.i)!);
          this.i += ch.length;
          to = { k: 'ch', ch };
        }
        if (to.k !== 'ch') this.fail('bad character range', save - 1);
        if (to.ch.codePointAt(0)! < item.ch.codePointAt(0)!) this.fail(`bad character range ${item.ch}-${to.ch}`, save - 1);
        items.push({ k: 'range', from: item.ch, to: to.ch });
        continue;
      }
      items.push(item);
    }
    return { t: 'class', neg, items, pos };
  }
}

class PyReError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Parses a Python regex. Errors carry the offset Python would blame (approximately, same token). */
export function parsePyRegex(source: string): ParseResult | ParseError {
  const p = new Parser(source);
  try {
    const ast = p.parseAlt();
    if (p.i < source.length) {
      return { ok: false, message: source[p.i] === ')' ? 'unbalanced parenthesis' : 'unexpected character', offset: p.i };
    }
    return { ok: true, ast, globalFlags: p.globalFlags, groupNames: p.names, groupCount: p.groupCount };
  } catch (e) {
    if (e instanceof PyReError) return { ok: false, message: e.message, offset: e.offset };
    return { ok: false, message: String((e as Error)?.message ?? e), offset: 0 };
  }
}
