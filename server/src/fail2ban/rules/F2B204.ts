import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { parsePyRegex, type Node } from '../regex/pyParse';
import { filterRegexLines, label, lineRange } from './filterShared';

function kids(n: Node): Node[] {
  return n.t === 'seq' ? n.items : n.t === 'alt' ? n.branches : n.t === 'cond' ? [n.yes, n.no] : 'body' in n ? [n.body] : [];
}

const PROBES = ['a', 'Z', '0', '_', ' ', '\t', '-', '.', '/', ':', '"', "'", '[', ']', '@', '=', ',', '(', 'é'];

/** Which probe characters a single-character item can match (undefined: not a single-character item). */
function charset(n: Node): Set<string> | undefined {
  let re: RegExp;
  if (n.t === 'lit') return new Set(PROBES.filter((c) => c === n.ch).concat(PROBES.includes(n.ch) ? [] : [`lit:${n.ch}`]));
  if (n.t === 'dot') re = /[^\n]/;
  else if (n.t === 'atom' && /^\\[dDwWsS]$/.test(n.js)) re = new RegExp(n.js);
  else if (n.t === 'class') {
    const body = n.items.map((i) => (i.k === 'esc' ? i.js : i.k === 'ch' ? i.ch.replace(/[\]\\^-]/g, '\\$&') : `${i.from.replace(/[\]\\^-]/g, '\\$&')}-${i.to.replace(/[\]\\^-]/g, '\\$&')}`)).join('');
    try {
      re = new RegExp(`[${n.neg ? '^' : ''}${body}]`);
    } catch {
      return undefined;
    }
  } else if (n.t === 'group' && n.kind !== 'atomic' && !n.flagsOn) return n.body.t === 'seq' && n.body.items.length === 1 ? charset(n.body.items[0]) : charset(n.body);
  else return undefined;
  return new Set(PROBES.filter((c) => re.test(c)));
}

/** Whether a single-character item (or the body of a quantifier) matches the character c. */
function matchesChar(n: Node, c: string): boolean {
  const body = n.t === 'quant' ? n.body : n;
  if (body.t === 'lit') return body.ch === c;
  const cs = charset(body);
  if (!cs) return false;
  if (PROBES.includes(c)) return cs.has(c);
  return cs.has('a') && /\w/.test(c); // unknown character: assume word characters match like 'a'
}

const overlap = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/**
 * Whether the repeated body is ambiguous: an unbounded item whose characters the next mandatory item
 * (wrapping around to the next repetition) can also match, so the split between them is free.
 * Bodies this cannot analyse are taken as safe (no finding rather than a false one).
 */
function ambiguous(body: Node): boolean {
  const items = body.t === 'seq' ? body.items : [body];
  const simple = items.map((it) => (it.t === 'quant' ? { q: it, cs: charset(it.body) } : { q: undefined, cs: charset(it) }));
  if (simple.some((x) => !x.cs)) return false;
  for (let i = 0; i < simple.length; i++) {
    const q = simple[i].q;
    if (!q || q.max !== Infinity) continue;
    // inside one repetition a following mandatory item only makes the split polynomial; the
    // exponential case is the item meeting the start of the next repetition
    let j = i + 1;
    while (j < simple.length && simple[j].q && simple[j].q!.min === 0) j++;
    if (j < simple.length) continue;
    for (let k = 0; k <= i; k++) {
      const it = items[k];
      if (it.t === 'lit') {
        // a literal run separates unless the repeated item can swallow all of it
        let run = '';
        for (let m = k; m < items.length && items[m].t === 'lit'; m++) run += (items[m] as { ch: string }).ch;
        if ([...run].every((c) => matchesChar(items[i], c))) return true;
        break;
      }
      if (overlap(simple[i].cs!, simple[k].cs!)) return true;
      if (!simple[k].q || simple[k].q!.min >= 1) break;
    }
  }
  return false;
}

/** Unbounded repetition of a body that can itself be split many ways (`(\s*\S+)*`, `(a+)+`). */
export function nestedQuantifier(n: Node): Node | undefined {
  if (n.t === 'look') return undefined;
  if (n.t === 'quant' && n.max === Infinity && !n.possessive) {
    const body = n.body.t === 'group' && n.body.kind !== 'atomic' ? n.body.body : n.body;
    if (body.t !== 'alt' && ambiguous(body) && (body.t === 'seq' ? body.items.some((x) => x.t === 'quant' && x.max === Infinity) : body.t === 'quant')) return n;
  }
  for (const k of kids(n)) {
    const f = nestedQuantifier(k);
    if (f) return f;
  }
  return undefined;
}

export const F2B204: Rule<Fail2banModel> = {
  meta: { id: 'F2B204', slug: 'regex-redos', severity: 'warning', title: 'A regex with catastrophic backtracking on plausible input' },
  check(model) {
    const out: RawFinding[] = [];
    for (const r of filterRegexLines(model)) {
      const p = parsePyRegex(r.expanded.regex);
      if (!p.ok) continue;
      const q = nestedQuantifier(p.ast);
      if (!q) continue;
      const at = r.expanded.toSource(q.pos);
      out.push({
        message: `${label(r)} nests an unbounded repetition inside another with nothing fixed between them: on a long line that almost matches (which an attacker can send), matching takes exponential time and fail2ban stops reading the log. Remove the outer repetition or separate the parts with a fixed character.`,
        range: lineRange(model, r.line, at),
      });
    }
    return out;
  },
};
