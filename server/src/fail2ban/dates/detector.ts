/**
 * fail2ban's DateDetector: which templates a `datepattern` selects, and `matchTime` (last winner
 * first; anchored templates: first match wins; unanchored: nearest match wins). The adaptive
 * re-ordering of templates is left out: it only changes the winner for lines two templates parse
 * differently (reference §2.3).
 */
import { fieldsToTime, type TimeContext } from './strptime';
import { DatePatternError, LINE_BEGIN, LINE_END, TemplateBuilder, type DateTemplate } from './templates';

export interface DateMatch {
  template: DateTemplate;
  index: number;
  /** Offsets of the cut (fail2ban's group 1) in the line. */
  start: number;
  end: number;
  match: RegExpExecArray;
}

const BUILDERS = new Map<number, TemplateBuilder>();
export function templateBuilder(nowYear: number): TemplateBuilder {
  let b = BUILDERS.get(nowYear);
  if (!b) BUILDERS.set(nowYear, (b = new TemplateBuilder(nowYear)));
  return b;
}

export interface DetectorOptions {
  nowYear: number;
  version?: '1.0' | '1.1';
}

/** Templates selected by a filter's `datepattern` (one entry per line); undefined = all 31 defaults. */
export function templatesFor(datepattern: string | undefined, opts: DetectorOptions): DateTemplate[] {
  const b = templateBuilder(opts.nowYear);
  const v = opts.version ?? '1.0';
  const entries = (datepattern ?? '').split('\n').map((s) => s.trim()).filter((s) => s);
  const out: DateTemplate[] = [];
  const names = new Set<string>();
  const add = (t: DateTemplate, ignoreDup: boolean) => {
    if (names.has(t.name)) {
      if (ignoreDup) return;
      throw new DatePatternError(`There is already a template with name ${t.name}`);
    }
    names.add(t.name);
    out.push(t);
  };
  for (const entry of entries) {
    const key = entry.includes('%') ? entry : entry.toUpperCase();
    if (key === '{^LN-BEG}' || key === '{DEFAULT}') {
      // fail2ban's filter lambda returns None for {DEFAULT}: nothing is added (reference §2.3)
      if (key === '{DEFAULT}') continue;
      const dup = out.length > 0;
      for (const t of b.defaultTemplates(v).all) if (t.flags & LINE_BEGIN) add(t, dup);
    } else if (key.includes('{DATE}')) {
      const dup = out.length > 0;
      for (const t of b.withDate(entry, v)) add(t, dup);
    } else if (key === '{NONE}') add(b.patternTemplate('{UNB}^'), false);
    else add(b.fromPattern(entry), false);
  }
  if (!out.length) return b.defaultTemplates(v).all;
  return out;
}

/** Where a template matched a line: start and end offsets (relative to the line), the match when exec'd. */
export interface Hit {
  start: number;
  end: number;
  m?: RegExpExecArray;
}

/**
 * Tests template `i` on the current line, optionally only inside [from, to) (Python's
 * `search(line, pos, endpos)`). Two implementations: exec on the line (the cut needs the match) and
 * sticky tests on the chunk text (counting only).
 */
export type TemplateProbe = (i: number, from?: number, to?: number) => Hit | null;

export class DateDetector {
  /** Template indices in fail2ban's current order (winners bubble up, `_reorderTemplate`). */
  readonly order: number[];
  readonly hits: number[];
  private lastUsed: number[];
  private distances: number[];
  private lastPos = -1; // position in `order` of the last winner
  private lastDistance = 1;
  private lastEnd = 0x7fffffff;
  /** The characters around the last match, computed only when an unanchored template needs them. */
  private lastSub: ((a: number, b: number) => string) | undefined;
  private lastCharsCache: [string, string, string, string] | undefined;
  private clock = 0;
  private clockTick = 0;
  private get lastChars(): [string, string, string, string] {
    if (!this.lastCharsCache) {
      const sub = this.lastSub;
      const d = this.lastDistance;
      const e = this.lastEnd;
      this.lastCharsCache = sub ? [sub(d - 1, d), sub(d, d + 1), sub(e - 1, e), sub(e, e + 1)] : ['', '', '', ''];
      this.lastSub = undefined;
    }
    return this.lastCharsCache;
  }
  private firstUnused = 0;
  constructor(readonly templates: DateTemplate[]) {
    this.order = templates.map((_, i) => i);
    this.hits = templates.map(() => 0);
    this.lastUsed = templates.map(() => 0);
    this.distances = templates.map(() => 0x7fffffff);
  }

  /** The template tried first on the next line. */
  get lastTemplate(): number {
    return this.lastPos >= 0 ? this.order[this.lastPos] : this.order[0] ?? -1;
  }

  private execProbe(line: string): TemplateProbe {
    return (i, from = 0, to = line.length) => {
      const t = this.templates[i];
      let m: RegExpExecArray | null;
      if (from === 0 && to === line.length) {
        t.re.lastIndex = 0;
        m = t.re.exec(line);
      } else {
        // Python search(line, pos, endpos): `^` still means the start of the string
        const sticky = new RegExp(t.re.source, t.re.flags.replace('d', '') + (t.cutAtEnd ? 'g' : 'gd'));
        sticky.lastIndex = from;
        m = sticky.exec(line.slice(0, to));
      }
      return m ? { start: m.index, end: m.index + m[0].length, m } : null;
    };
  }

  matchTime(line: string): DateMatch | undefined {
    const w = this.search(this.execProbe(line), line.length, (a, b) => line.slice(a, b));
    if (!w) return undefined;
    const t = this.templates[w.i];
    const m = w.hit.m!;
    const g = m[t.cutGroup];
    const ix = t.cutAtEnd ? (g === undefined ? [w.hit.end, w.hit.end] : [w.hit.end - g.length, w.hit.end]) : (m.indices![t.cutGroup] ?? [m.index, m.index]);
    return { template: t, index: w.i, start: ix[0], end: ix[1], match: m };
  }

  /** The winning template on text[start, end) through `probe` (counting only), or -1. */
  winner(probe: TemplateProbe, text: string, start: number, end: number): number {
    const w = this.search(probe, end - start, (a, b) => text.slice(start + a, start + b));
    return w ? w.i : -1;
  }

  /** fail2ban's matchTime over positions in `order`; records the winner (hits, distance, re-order). */
  private search(probe: TemplateProbe, len: number, sub: (a: number, b: number) => string): { i: number; hit: Hit } | undefined {
    const n = this.order.length;
    let hit: Hit | null = null;
    let found: { hit: Hit; p: number } | undefined;
    let ignore = -1;
    let p = this.lastPos;
    const anchored = (i: number) => (this.templates[i].flags & (LINE_BEGIN | LINE_END)) !== 0;
    if (p >= 0 && p < n) {
      const i = this.order[p];
      if (anchored(i)) {
        hit = probe(i);
        ignore = p;
      } else {
        const [pb, pa, eb, ea] = this.lastChars;
        const d = this.lastDistance;
        const e = this.lastEnd;
        const alnum = (c: string) => /^[\p{L}\p{N}]$/u.test(c);
        const ok = (sub(d - 1, d) === pb || (sub(d, d + 1) === pa && !alnum(pa))) && (sub(e, e + 1) === ea || (sub(e - 1, e) === eb && !alnum(eb)));
        if (ok) hit = probe(i, d, Math.min(e, len));
        else {
          hit = probe(i);
          ignore = p;
        }
      }
      if (hit && !(n === 1 || anchored(i) || (hit.start === this.lastDistance && hit.end === this.lastEnd))) {
        found = { hit, p };
        hit = null;
      }
    }
    if (!hit) {
      for (p = 0; p < n; p++) {
        if (p === ignore) continue;
        const i = this.order[p];
        hit = probe(i);
        if (!hit) continue;
        if (p + 1 >= n) break;
        if (anchored(i)) break;
        if (hit.start === 0 && this.hits[i] && !this.hits[this.order[p + 1]]) break;
        if (hit.start > this.distances[i] || hit.start > this.lastDistance) {
          if (!found || hit.start < found.hit.start) found = { hit, p };
          hit = null;
          continue;
        }
        break;
      }
      if (!hit && found) {
        hit = found.hit;
        p = found.p;
      }
    }
    if (!hit) return undefined;
    return { i: this.order[p], hit: this.accept(p, hit, sub) };
  }

  /** Bookkeeping for a winner at position p of `order`: hits, distance, last position, re-order. */
  private accept(p: number, hit: Hit, sub: (a: number, b: number) => string): Hit {
    const i = this.order[p];
    this.hits[i]++;
    // the clock only decides whether a template was unused for 300 s: reading it every 4096 lines is plenty
    if ((this.clockTick++ & 4095) === 0) this.clock = Date.now() / 1000;
    this.lastUsed[i] = this.clock;
    this.distances[i] = hit.start;
    if (this.firstUnused === p) this.firstUnused++;
    this.lastDistance = hit.start;
    this.lastEnd = hit.end;
    this.lastCharsCache = undefined;
    this.lastSub = sub;
    if (p && p !== this.lastPos) p = this.reorder(p);
    this.lastPos = p;
    return hit;
  }

  /**
   * The last winner matched this line at [start, end) (relative to the line), found by the caller
   * itself: what `matchTime` would decide when that template is anchored, without running it again.
   */
  acceptLast(text: string, lineStart: number, start: number, end: number): void {
    const p = this.lastPos >= 0 ? this.lastPos : 0;
    this.accept(p, { start, end }, (a, b) => text.slice(lineStart + a, lineStart + b));
  }

  /** n more lines won by the last winner (counted in bulk by the caller, which checked it matched them). */
  addLastHits(n: number): void {
    if (n > 0 && this.lastPos >= 0) this.hits[this.order[this.lastPos]] += n;
  }

  /**
   * Makes template i the last winner without counting a hit: a detector that starts on a later part
   * of a log in the state another one reached (split runs; the caller checks that state at the end).
   */
  assumeLast(i: number): void {
    const p = this.order.indexOf(i);
    if (p >= 0) this.lastPos = p;
  }

  /** Whether the last winner is anchored (then it wins whenever it matches). */
  get lastIsAnchored(): boolean {
    const i = this.lastTemplate;
    return i >= 0 && (this.templates[i].flags & (LINE_BEGIN | LINE_END)) !== 0;
  }

  private weight(i: number): number {
    return (this.hits[i] * (this.templates[i].weight ?? 1)) / Math.max(1, this.distances[i]);
  }

  /** `_reorderTemplate`: a winner bubbles up past templates it outweighs or that were not used lately. */
  private reorder(num: number): number {
    const i = this.order[num];
    const untime = this.lastUsed[i] - 300;
    const weight = this.weight(i);
    let pos = this.firstUnused < num ? this.firstUnused : num >> 1;
    const moveable = () => weight > this.weight(this.order[pos]) || untime > this.lastUsed[this.order[pos]];
    if (!moveable()) {
      if (pos === num - 1) return num;
      pos = num - 1;
      if (!moveable()) return num;
    }
    this.order.splice(num, 1);
    this.order.splice(pos, 0, i);
    while (this.firstUnused < this.order.length && this.hits[this.order[this.firstUnused]]) this.firstUnused++;
    return pos;
  }

  /** The Unix time of a match (undefined when the matched text is not a valid date). */
  static timeOf(dm: DateMatch, ctx: TimeContext): number | undefined {
    const t = dm.template;
    const m = dm.match;
    if (t.kind === 'epoch') {
      let v = m[t.valueGroup];
      if (v === undefined) return undefined;
      let n = Number(v);
      if (t.longFrm && v.length >= 13) n = v.length >= 16 && !v.includes('.') ? n / 1e6 : n / 1e3;
      return Number.isFinite(n) ? n : undefined;
    }
    if (t.kind === 'tai64n') {
      const v = m[t.cutGroup] ?? '';
      return parseInt(v.slice(2, 17), 16);
    }
    return fieldsToTime(m.groups ?? {}, ctx);
  }
}
