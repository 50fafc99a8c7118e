/**
 * Whole-chunk counting for the lines no failregex can match, once fail2ban-regex's missed-line list
 * is full: the date template that won last is cut from every line with one native replace (which
 * also tells whether it matched every line), and the prefregex is counted with one more scan. Each
 * regex starts with a literal `\n`, so the engine skips from line to line instead of trying every
 * position. Used only when it decides every line as the per-line path would: the template matches
 * every non-empty line of the chunk (then it wins on each), no `#` line, no `\r`/`\u2028`/`\u2029`,
 * and a prefregex anchored at `^` that ends in `.+$` (nothing else can reach the final newline).
 */
import type { CompiledRegex } from '../regex/compile';
import { escRe } from '../regex/literals';
import type { DateTemplate } from '../dates/templates';
import { translatePyRegex } from '../regex/translate';
import { lineBound } from './chunkProbe';

const AUTO_PREFIX = '^(?:\\W{0,2})?';

interface DateScan {
  /** `\n` + the date part, capturing the text before the date (the greedy `\W{0,2}`) as $1. */
  cut: RegExp;
}

/**
 * Put after a matched line's leading newline by the cut: a newline without it starts a line the
 * template did not match. The prefregex scan starts with newline + MARK (every line's text still
 * ends at a newline, so nothing else in it changes). U+0001 never occurs in a chunk counted this
 * way (checked).
 */
const MARK = '\u0001';

export interface BulkCounts {
  /** Non-skipped lines (the caller checked there are no `#` lines); the template matched every one. */
  lines: number;
  /** Lines the prefregex matches once their date is cut. */
  prefHits: number;
  /** Physical lines (newlines) in the chunk. */
  newlines: number;
  /** Offsets of the candidate lines in the chunk, when the gate scan found them (see setGate). */
  cands?: number[];
}

/**
 * Whether a regex may match a newline where lineBound cannot stop it: a `\n` escape or newline, or a
 * class holding `\s`, `\S`, `\W` or `\D` (lineBound rewrites those outside classes only). Such
 * regexes are left to the per-line path: in a whole chunk they could run on into the next line.
 */
function mayCrossLines(src: string): boolean {
  if (src.includes('\n') || /(?<!\\)(?:\\\\)*\\n/.test(src)) return true;
  for (const m of src.matchAll(/\\.|\[(?:\\.|[^\]\\])*\]/g)) if (m[0].startsWith('[') && /\\[sSWDn]/.test(m[0])) return true;
  return false;
}

/**
 * The regex source with its groups non-capturing, except named ones a `\k<name>` refers back to (the
 * bulk scans count, or keep only a group of their own: every capture costs on every line). Unnamed
 * groups stay when a numbered back reference might need them.
 */
export function uncaptured(src: string): string {
  const referenced = new Set([...src.matchAll(/\\k<(\w+)>/g)].map((m) => m[1]));
  const numbered = /(?<!\\)(?:\\\\)*\\[1-9]/.test(src);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && src[i + 1] !== '?') {
      out += numbered ? c : '(?:';
    } else if (c === '(' && src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
      const name = /^\(\?<(\w+)>/.exec(src.slice(i))?.[1];
      if (name !== undefined && !referenced.has(name)) {
        out += '(?:';
        i += name.length + 3;
      } else out += c;
    } else out += c;
  }
  return out;
}

/** A prefregex whose content is the rest of the line (the usual `<F-CONTENT>.+</F-CONTENT>$`). */
const CONTENT_TAIL = '(?P<content>.+)$';

/**
 * A line-anchored Python regex as a scan of the cut text: it starts at a line's newline and MARK and
 * cannot leave the line; `^` → (?<=^|\n) and `$` → (?=\n|$) in the multiline translation.
 */
function lineRegex(py: string, flags: string): RegExp | null {
  const t = translatePyRegex(py, { multiline: true });
  if (!t.ok || !t.source.startsWith('(?<=^|\\n)')) return null;
  // inner line starts follow the newline and MARK; only counted, so groups need not capture
  const body = uncaptured(lineBound(t.source.slice('(?<=^|\\n)'.length)).split('(?<=^|\\n)').join(`(?<=\\n${MARK})`).split('(?=\\n|$)').join('(?=\\n)'));
  try {
    return new RegExp(`\\n${MARK}${body}`, t.flags + flags);
  } catch {
    return null;
  }
}

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  // every match starts at a newline and cannot cross the next one: each line counts once
  while (re.test(s)) n++;
  return n;
}

export class BulkChunk {
  private dates = new Map<DateTemplate, DateScan | null>();
  private pref: RegExp | null | undefined;
  private prefHead: RegExp | null = null;
  private gate: { lines: RegExp; lits: RegExp; pref?: RegExp } | undefined;
  constructor(private readonly prefregex: CompiledRegex | undefined) {}

  /**
   * The prefregex counted, and the candidate lines found, from one scan of the cut text for `gate`,
   * a necessary literal set of the prefregex's part before its content: only a line holding one of
   * them can match the prefregex, so only those lines are tried (a sticky test at the line start).
   * A candidate is such a line that matches and holds one of `lits` (the failregexes' necessary
   * literals, which lie in the content) in its content (or, when the content's start is not known, in
   * the line). Literals are as written (the cut text is what the regexes see).
   */
  setGate(gate: string[], lits: string[]): void {
    if (!gate.length || !lits.length || [...gate, ...lits].some((l) => l.includes('\n') || l.includes(MARK))) return;
    this.gate = { lines: new RegExp(gate.map(escRe).join('|'), 'g'), lits: new RegExp(`[^\\n]*?(?:${lits.map(escRe).join('|')})`, 'y') };
  }

  private dateScan(t: DateTemplate): DateScan | null {
    let d = this.dates.get(t);
    if (d !== undefined) return d;
    d = null;
    const src = t.re.source;
    if (t.cutAtEnd && src.startsWith(AUTO_PREFIX) && !mayCrossLines(src.replaceAll('(?=\\n?$)', '')) && !/\(\?<[=!]|\^|\$/.test(src.slice(AUTO_PREFIX.length).replace(/\\\^|\\\$|\[\^|\(\?=\\n\?\$\)/g, ''))) {
      // the cut needs only the text before the date ($1): named groups nothing refers back to become
      // non-capturing (fewer captures to record on each of the chunk's lines)
      const body = uncaptured(lineBound(src.slice(AUTO_PREFIX.length)).split('(?=\\n?$)').join('(?=\\n)'));
      try {
        const flags = t.re.flags.replace('d', '') + 'g';
        d = { cut: new RegExp(`\\n((?:[^\\w\\n]{0,2})?)${body}`, flags) };
      } catch {
        d = null;
      }
    }
    this.dates.set(t, d);
    return d;
  }

  private prefScan(): RegExp | null {
    if (this.pref !== undefined) return this.pref;
    this.pref = null;
    const p = this.prefregex;
    if (p && /^\^/.test(p.expanded) && /\.\+\)?\$$/.test(p.expanded) && !mayCrossLines(p.expanded)) {
      this.pref = lineRegex(p.expanded, 'g');
      // the part before the content, for the gate scan: a sticky test of it ends where the content
      // starts (`.+$` then matches whatever is left, one character or more)
      if (this.pref && p.expanded.endsWith(CONTENT_TAIL)) this.prefHead = lineRegex(p.expanded.slice(0, -CONTENT_TAIL.length) + '(?=.)', 'y');
    }
    return this.pref;
  }

  /** Counts for `text` (whole lines, each ending with `\n`), or undefined when this chunk must go line by line. */
  counts(text: string, t: DateTemplate): BulkCounts | undefined {
    if (!text.endsWith('\n') || text.includes('\r') || text.includes('\u2028') || text.includes('\u2029') || text.includes(MARK)) return undefined;
    if (text.startsWith('#') || text.includes('\n#')) return undefined;
    const d = this.dateScan(t);
    const pref = this.prefregex ? this.prefScan() : null;
    if (!d || (this.prefregex && !pref)) return undefined;
    let newlines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
    d.cut.lastIndex = 0;
    // one pass: every line the template matches loses its date and gets MARK after its newline
    const cut = ('\n' + text).replace(d.cut, '\n' + MARK + '$1');
    let marked = 0;
    for (let i = cut.indexOf(MARK); i >= 0; i = cut.indexOf(MARK, i + 1)) marked++;
    let empty = 0;
    if (marked !== newlines) {
      // lines the template did not match: only empty lines may be among them
      empty = text.startsWith('\n') ? 1 : 0;
      for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) empty++;
      if (marked !== newlines - empty) return undefined;
    }
    const lines = newlines - empty;
    if (pref && this.gate) return { lines, newlines, ...this.gated(text, cut, pref) };
    let prefHits = 0;
    if (pref) prefHits = countMatches(pref, cut);
    return { lines, prefHits, newlines };
  }

  /** The gate scan (setGate) over the cut text: prefregex hits and candidate offsets in `text`. */
  private gated(text: string, cut: string, pref: RegExp): { prefHits: number; cands: number[] } {
    const g = this.gate!;
    g.pref ??= this.prefHead ?? new RegExp(pref.source, pref.flags.replace('g', '') + 'y');
    // after a match of the head, lastIndex is where the content starts: the failregex literals lie there
    const head = g.pref === this.prefHead;
    const cands: number[] = [];
    let prefHits = 0;
    // line k starts after cut[nl] in the cut text and at offset `at` in text (same lines, dates cut)
    let nl = 0;
    let at = 0;
    const re = g.lines;
    re.lastIndex = 0;
    // test, not exec: no match array per line (the gate literal's own position is not needed)
    while (re.test(cut)) {
      const i = re.lastIndex - 1;
      const start = cut.lastIndexOf('\n', i);
      g.pref.lastIndex = start;
      if (g.pref.test(cut)) {
        prefHits++;
        g.lits.lastIndex = head ? g.pref.lastIndex : start;
        if (g.lits.test(cut)) {
          while (nl < start) {
            nl = cut.indexOf('\n', nl + 1);
            at = text.indexOf('\n', at) + 1;
          }
          cands.push(at);
        }
      }
      const next = cut.indexOf('\n', i);
      if (next < 0) break;
      re.lastIndex = next;
    }
    return { prefHits, cands };
  }
}
