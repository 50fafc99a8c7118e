/**
 * Rewrites Python conditionals `(?(g)yes|no)` away, since JavaScript has none. The sequence that
 * holds both the definition of group g and the conditional is duplicated: one copy where g
 * participates (followed by `yes`), one where it does not (followed by `no`). Group names in the
 * second copy get a `__N` suffix (JS rejects duplicate names); the matcher maps them back.
 * Constructs the rewrite cannot express faithfully (g inside a repetition or lookaround) are
 * reported as not reproducible rather than approximated silently.
 */
import type { Node } from './pyParse';

export class NotReproducible extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

type Ref = string | number;

function isDef(n: Node, ref: Ref): boolean {
  return n.t === 'group' && n.kind === 'cap' && (typeof ref === 'number' ? n.num === ref : n.name === ref);
}

function children(n: Node): Node[] {
  switch (n.t) {
    case 'seq':
      return n.items;
    case 'alt':
      return n.branches;
    case 'group':
    case 'look':
    case 'quant':
      return [n.body];
    case 'cond':
      return [n.yes, n.no];
    default:
      return [];
  }
}

function contains(n: Node, pred: (x: Node) => boolean): boolean {
  if (pred(n)) return true;
  return children(n).some((c) => contains(c, pred));
}

function findCond(n: Node): Node | undefined {
  if (n.t === 'cond') return n;
  for (const c of children(n)) {
    const f = findCond(c);
    if (f) return f;
  }
  return undefined;
}

function replace(n: Node, target: Node, by: Node): Node {
  if (n === target) return by;
  switch (n.t) {
    case 'seq':
      return { ...n, items: n.items.map((c) => replace(c, target, by)) };
    case 'alt':
      return { ...n, branches: n.branches.map((c) => replace(c, target, by)) };
    case 'group':
    case 'look':
    case 'quant':
      return { ...n, body: replace(n.body, target, by) } as Node;
    case 'cond':
      return { ...n, yes: replace(n.yes, target, by), no: replace(n.no, target, by) };
    default:
      return n;
  }
}

const EMPTY = (pos: number): Node => ({ t: 'seq', items: [], pos });

/** Splits n into the paths where group `ref` participates and where it does not (null: impossible). */
function split(n: Node, ref: Ref): { yes: Node | null; no: Node | null } {
  if (!contains(n, (x) => isDef(x, ref))) return { yes: null, no: n };
  if (isDef(n, ref)) return { yes: n, no: null };
  switch (n.t) {
    case 'group': {
      const s = split(n.body, ref);
      return { yes: s.yes && { ...n, body: s.yes }, no: s.no && { ...n, body: s.no } };
    }
    case 'alt': {
      const parts = n.branches.map((b) => split(b, ref));
      const mk = (xs: (Node | null)[]): Node | null => {
        const ok = xs.filter((x): x is Node => x !== null);
        return ok.length === 0 ? null : ok.length === 1 ? ok[0] : { t: 'alt', branches: ok, pos: n.pos };
      };
      return { yes: mk(parts.map((p) => p.yes)), no: mk(parts.map((p) => p.no)) };
    }
    case 'seq': {
      const i = n.items.findIndex((c) => contains(c, (x) => isDef(x, ref)));
      const s = split(n.items[i], ref);
      const mk = (x: Node | null): Node | null => (x === null ? null : { ...n, items: [...n.items.slice(0, i), x, ...n.items.slice(i + 1)] });
      return { yes: mk(s.yes), no: mk(s.no) };
    }
    case 'quant': {
      if (n.min === 0 && n.max === 1 && !n.possessive) {
        const s = split(n.body, ref);
        // greedy `X?` tries X first, and so does the yes-first alternation built from this split
        return { yes: s.yes, no: s.no ? { ...n, body: s.no } : EMPTY(n.pos) };
      }
      throw new NotReproducible('a conditional on a group inside a repetition cannot be reproduced in JavaScript', n.pos);
    }
    default:
      throw new NotReproducible('a conditional on a group inside a lookaround cannot be reproduced in JavaScript', n.pos);
  }
}

/** Renames every capture group in n (and backreferences to them) with a fresh suffix. */
function renameGroups(n: Node, suffix: string, renames: Map<string, string>, local = new Set<string>()): Node {
  const walk = (x: Node): Node => {
    switch (x.t) {
      case 'group': {
        if (x.kind === 'cap' && x.name) {
          const name = `${x.name}${suffix}`;
          renames.set(name, renames.get(x.name) ?? x.name);
          local.add(x.name);
          return { ...x, name, num: undefined, body: walk(x.body) };
        }
        return { ...x, num: x.kind === 'cap' ? undefined : x.num, body: walk(x.body) };
      }
      case 'backref':
        return typeof x.ref === 'string' && local.has(x.ref) ? { ...x, ref: `${x.ref}${suffix}` } : x;
      case 'seq':
        return { ...x, items: x.items.map(walk) };
      case 'alt':
        return { ...x, branches: x.branches.map(walk) };
      case 'look':
      case 'quant':
        return { ...x, body: walk(x.body) } as Node;
      case 'cond':
        return { ...x, ref: typeof x.ref === 'string' && local.has(x.ref) ? `${x.ref}${suffix}` : x.ref, yes: walk(x.yes), no: walk(x.no) };
      default:
        return x;
    }
  };
  // names are collected first so backreferences that precede nothing still resolve
  const collect = (x: Node): void => {
    if (x.t === 'group' && x.kind === 'cap' && x.name) local.add(x.name);
    children(x).forEach(collect);
  };
  collect(n);
  return walk(n);
}

/** Path of nodes from root to target (inclusive). */
function pathTo(root: Node, target: Node): Node[] | undefined {
  if (root === target) return [root];
  for (const c of children(root)) {
    const p = pathTo(c, target);
    if (p) return [root, ...p];
  }
  return undefined;
}

/**
 * Removes every conditional. `renames` receives copy-name → original-name entries.
 * Throws NotReproducible for the shapes that cannot be rewritten.
 */
export function eliminateConditionals(root: Node, renames: Map<string, string>): Node {
  let counter = 2;
  for (let guard = 0; guard < 32; guard++) {
    const cond = findCond(root);
    if (!cond || cond.t !== 'cond') return root;
    const ref = cond.ref;
    const def = findDef(root, ref);
    const condPath = pathTo(root, cond)!;
    const defPath = def ? pathTo(root, def) : undefined;
    if (!def || !defPath) {
      root = replace(root, cond, cond.no);
      continue;
    }
    // deepest common ancestor that is a sequence
    let k = 0;
    while (k < condPath.length && k < defPath.length && condPath[k] === defPath[k]) k++;
    const lca = condPath[k - 1];
    if (lca.t === 'alt') {
      // definition and test live in different alternatives: the group never participates
      root = replace(root, cond, cond.no);
      continue;
    }
    if (lca.t !== 'seq') throw new NotReproducible('this conditional cannot be reproduced in JavaScript', cond.pos);
    const di = lca.items.indexOf(defPath[k]);
    const ci = lca.items.indexOf(condPath[k]);
    if (di > ci) {
      root = replace(root, cond, cond.no);
      continue;
    }
    for (let j = 0; j < di; j++) {
      if (contains(lca.items[j], (x) => x.t === 'quant' && contains(x, (y) => y === def)))
        throw new NotReproducible('conditional on a repeated group', cond.pos);
    }
    const s = split(lca.items[di], ref);
    const rest = lca.items.slice(di + 1);
    const branches: Node[] = [];
    if (s.yes) branches.push({ t: 'seq', items: [...lca.items.slice(0, di), s.yes, ...rest.map((r) => replace(r, cond, cond.yes))], pos: lca.pos });
    if (s.no) {
      const seqNo: Node = { t: 'seq', items: [...lca.items.slice(0, di), s.no, ...rest.map((r) => replace(r, cond, cond.no))], pos: lca.pos };
      branches.push(branches.length ? renameGroups(seqNo, `__${counter++}`, renames) : seqNo);
    }
    const rewritten: Node =
      branches.length === 1 ? branches[0] : { t: 'seq', items: [{ t: 'group', kind: 'noncap', body: { t: 'alt', branches, pos: lca.pos }, pos: lca.pos }], pos: lca.pos };
    root = replace(root, lca, rewritten);
  }
  throw new NotReproducible('too many conditionals', 0);
}

function findDef(n: Node, ref: Ref): Node | undefined {
  if (isDef(n, ref)) return n;
  for (const c of children(n)) {
    const f = findDef(c, ref);
    if (f) return f;
  }
  return undefined;
}
