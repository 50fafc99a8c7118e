/**
 * Necessary literals of a regex: a set of strings such that every match contains at least one of
 * them. The tester uses them to find candidate lines with one scan over the text instead of running
 * every regex on every line. `undefined` means "no usable literal" (the tester then checks every line).
 */
import { parsePyRegex, type Node } from './pyParse';

/**
 * The parse of a regex, kept: the tester asks for the literals of one filter's regexes several times
 * (candidate scan, bulk gate, per-regex gate), and each parse is most of the cost. Bounded, since a
 * language server sees regexes change as they are typed.
 */
const parses = new Map<string, ReturnType<typeof parsePyRegex>>();
function parsed(pyRegex: string): ReturnType<typeof parsePyRegex> {
  let p = parses.get(pyRegex);
  if (!p) {
    if (parses.size >= 256) parses.clear();
    parses.set(pyRegex, (p = parsePyRegex(pyRegex)));
  }
  return p;
}

/** A literal as a JavaScript regex source (the scans are alternations of literals). */
export const escRe = (s: string): string => s.replace(/[\\^$.|?*+()[\]{}/]/g, '\\$&');

type Lits = string[] | undefined;

function score(l: Lits): number {
  return l ? Math.min(...l.map((s) => s.length)) - l.length * 0.01 : -1;
}

function best(cands: Lits[]): Lits {
  let b: Lits;
  for (const c of cands) if (c && score(c) > score(b)) b = c;
  return b;
}

function req(n: Node, ci: boolean): Lits {
  switch (n.t) {
    case 'lit':
      return ci && n.ch.toLowerCase() !== n.ch.toUpperCase() ? undefined : [n.ch];
    case 'seq': {
      const cands: Lits[] = [];
      let run = '';
      for (const it of n.items) {
        if (it.t === 'lit' && !(ci && it.ch.toLowerCase() !== it.ch.toUpperCase())) {
          run += it.ch;
          continue;
        }
        if (run) cands.push([run]);
        run = '';
        if (it.t === 'look' || it.t === 'bol' || it.t === 'eol' || it.t === 'strStart' || it.t === 'strEnd' || (it.t === 'atom' && /^\\[bB]$/.test(it.js))) continue; // zero-width: runs may join across
        cands.push(req(it, ci));
      }
      if (run) cands.push([run]);
      return best(cands);
    }
    case 'alt': {
      const out: string[] = [];
      for (const b of n.branches) {
        const r = req(b, ci);
        if (!r) return undefined;
        out.push(...r);
      }
      return [...new Set(out)];
    }
    case 'group': {
      const nci = (ci || (n.flagsOn ?? '').includes('i')) && !(n.flagsOff ?? '').includes('i');
      return req(n.body, nci);
    }
    case 'quant':
      return n.min >= 1 ? req(n.body, ci) : undefined;
    case 'cond': {
      const y = req(n.yes, ci);
      const no = req(n.no, ci);
      return y && no ? [...new Set([...y, ...no])] : undefined;
    }
    default:
      return undefined;
  }
}

/** Literals every match of this Python regex contains one of (after tag expansion), or undefined. */
export function requiredLiterals(pyRegex: string): string[] | undefined {
  const p = parsed(pyRegex);
  if (!p.ok || p.globalFlags.includes('i') || p.globalFlags.includes('x')) return undefined;
  const r = req(p.ast, false);
  if (!r || r.some((s) => s.length < 3 || s.includes('\n'))) return undefined;
  return r;
}

/** Every necessary literal set of a regex (each: every match contains one of its strings). */
function sets(n: Node, ci: boolean): string[][] {
  switch (n.t) {
    case 'seq': {
      const out: string[][] = [];
      let run = '';
      const flush = () => {
        if (run) out.push([run]);
        run = '';
      };
      for (const it of n.items) {
        if (it.t === 'lit' && !(ci && it.ch.toLowerCase() !== it.ch.toUpperCase())) run += it.ch;
        else if (it.t === 'look' || it.t === 'bol' || it.t === 'eol' || it.t === 'strStart' || it.t === 'strEnd' || (it.t === 'atom' && /^\\[bB]$/.test(it.js))) continue;
        else {
          flush();
          out.push(...sets(it, ci));
        }
      }
      flush();
      return out;
    }
    case 'group': {
      const nci = (ci || (n.flagsOn ?? '').includes('i')) && !(n.flagsOff ?? '').includes('i');
      return sets(n.body, nci);
    }
    case 'quant':
      return n.min >= 1 ? sets(n.body, ci) : [];
    case 'alt':
    case 'cond':
    case 'lit': {
      const r = req(n, ci);
      return r ? [r] : [];
    }
    default:
      return [];
  }
}

/**
 * The literal sets a candidate scan may use for one regex, each already adjusted for the date cut:
 * regexes run on the line with its date cut out, so a literal may straddle the cut. `maxPre` bounds
 * the text before the cut (2 for fail2ban's `^(?:\W{0,2})?` line-begin templates): a straddling
 * literal then still leaves its tail past `maxPre` characters in the line. Without a bound, the
 * first or the last half remains (both are kept).
 */
export function literalSets(pyRegex: string, maxPre = Infinity): string[][] {
  const p = parsed(pyRegex);
  if (!p.ok || p.globalFlags.includes('i') || p.globalFlags.includes('x')) return [];
  return adjustForCut(sets(p.ast, false), maxPre);
}

/**
 * The literal sets of the part of a regex before its top-level group `name` (fail2ban's prefregex and
 * its `content` group): every match has one literal of each set ending before the group's text begins.
 * Empty when the group is not a top-level item of the regex.
 */
export function literalSetsBefore(pyRegex: string, name: string, maxPre = Infinity): string[][] {
  const p = parsed(pyRegex);
  if (!p.ok || p.globalFlags.includes('i') || p.globalFlags.includes('x') || p.ast.t !== 'seq') return [];
  const at = p.ast.items.findIndex((n) => n.t === 'group' && n.name === name);
  if (at < 0) return [];
  return adjustForCut(sets({ t: 'seq', items: p.ast.items.slice(0, at), pos: p.ast.pos }, false), maxPre);
}

function adjustForCut(found: string[][], maxPre: number): string[][] {
  const out: string[][] = [];
  for (const set of found) {
    const adj: string[] = [];
    let ok = true;
    for (const s of set) {
      if (s.includes('\n')) ok = false;
      else if (Number.isFinite(maxPre)) {
        if (s.length - maxPre < 4) ok = false;
        else adj.push(s.slice(maxPre));
      } else if (s.length < 8) ok = false;
      else {
        const h = Math.ceil(s.length / 2);
        adj.push(s.slice(0, h), s.slice(s.length - h));
      }
    }
    if (ok && adj.length) out.push([...new Set(adj)]);
  }
  return out;
}

/** How often a set's literals occur in a sample (lower: better for the scan). */
export function frequency(set: string[], sample: string): number {
  let n = 0;
  for (const s of set) for (let i = sample.indexOf(s); i >= 0; i = sample.indexOf(s, i + s.length)) n++;
  return n;
}

/**
 * Literals for the candidate scan: per regex the set rarest in `sample` (the start of the log), in
 * union (a line is a candidate when any regex can match). undefined when a regex has no usable set.
 */
export function candidateLiterals(pyRegexes: string[], maxPre = Infinity, sample = ''): string[] | undefined {
  const all = new Set<string>();
  for (const r of pyRegexes) {
    const options = literalSets(r, maxPre);
    if (!options.length) return undefined;
    let best = options[0];
    let bestScore = Infinity;
    for (const o of options) {
      // rare in the sample first, then few and long strings
      const score = frequency(o, sample) * 1000 + o.length * 10 - Math.min(...o.map((x) => x.length));
      if (score < bestScore) {
        bestScore = score;
        best = o;
      }
    }
    best.forEach((s) => all.add(s));
  }
  // a literal containing another is redundant
  const list = [...all].sort((a, b) => a.length - b.length);
  return list.filter((s, i) => !list.slice(0, i).some((t) => s.includes(t)));
}
