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

export class DateDetector {
  private lastIdx = -1;
  private lastDistance = 1;
  private lastEnd = 0x7fffffff;
  private lastChars: [string, string, string, string] = ['', '', '', ''];
  private distances: number[];
  readonly hits: number[];
  constructor(readonly templates: DateTemplate[]) {
    this.distances = templates.map(() => 0x7fffffff);
    this.hits = templates.map(() => 0);
  }

  private exec(t: DateTemplate, line: string, from = 0, to = line.length): RegExpExecArray | null {
    const s = from === 0 && to === line.length ? line : line.slice(0, to);
    t.re.lastIndex = 0;
    if (from === 0) return t.re.exec(s);
    // Python search(line, pos, endpos): `^` still means the start of the string
    const sticky = new RegExp(t.re.source, t.re.flags.replace('d', '') + (t.cutAtEnd ? 'g' : 'gd'));
    sticky.lastIndex = from;
    return sticky.exec(s);
  }

  private result(i: number, m: RegExpExecArray): DateMatch {
    const t = this.templates[i];
    const g = m[t.cutGroup];
    const end = m.index + m[0].length;
    const ix = t.cutAtEnd ? (g === undefined ? [end, end] : [end - g.length, end]) : (m.indices![t.cutGroup] ?? [m.index, m.index]);
    return { template: t, index: i, start: ix[0], end: ix[1], match: m };
  }

  matchTime(line: string): DateMatch | undefined {
    const n = this.templates.length;
    let match: RegExpExecArray | null = null;
    let found: { m: RegExpExecArray; d: number; i: number } | undefined;
    let ignore = -1;
    let i = this.lastIdx;
    if (i >= 0 && i < n) {
      const t = this.templates[i];
      if (t.flags & (LINE_BEGIN | LINE_END)) {
        match = this.exec(t, line);
        ignore = i;
      } else {
        const [pb, pa, eb, ea] = this.lastChars;
        const d = this.lastDistance;
        const e = this.lastEnd;
        const ok =
          (line.slice(d - 1, d) === pb || (line.slice(d, d + 1) === pa && !/^[\p{L}\p{N}]$/u.test(pa))) &&
          (line.slice(e, e + 1) === ea || (line.slice(e - 1, e) === eb && !/^[\p{L}\p{N}]$/u.test(eb)));
        if (ok) match = this.exec(t, line, d, e);
        else {
          match = this.exec(t, line);
          ignore = i;
        }
      }
      if (match) {
        const distance = match.index;
        const end = match.index + match[0].length;
        if (!(n === 1 || t.flags & (LINE_BEGIN | LINE_END) || (distance === this.lastDistance && end === this.lastEnd))) {
          found = { m: match, d: distance, i };
          match = null;
        }
      }
    }
    if (!match) {
      for (i = 0; i < n; i++) {
        if (i === ignore) continue;
        const t = this.templates[i];
        match = this.exec(t, line);
        if (!match) continue;
        const distance = match.index;
        if (i + 1 >= n) break;
        if (t.flags & (LINE_BEGIN | LINE_END)) break;
        if (distance === 0 && this.hits[i] && !this.hits[i + 1]) break;
        if (distance > this.distances[i] || distance > this.lastDistance) {
          if (!found || distance < found.d) found = { m: match, d: distance, i };
          match = null;
          continue;
        }
        break;
      }
      if (!match && found) {
        match = found.m;
        i = found.i;
      }
    }
    if (!match) return undefined;
    const distance = match.index;
    const end = match.index + match[0].length;
    this.hits[i]++;
    this.distances[i] = distance;
    this.lastDistance = distance;
    this.lastEnd = end;
    this.lastChars = [line.slice(distance - 1, distance), line.slice(distance, distance + 1), line.slice(end - 1, end), line.slice(end, end + 1)];
    this.lastIdx = i;
    return this.result(i, match);
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
