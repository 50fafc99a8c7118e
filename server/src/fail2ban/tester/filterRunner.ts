/**
 * The per-line pipeline of fail2ban's Filter (processLine + findFailure, fail2ban 1.0.2 semantics):
 * date detection and cut, the line buffer, early ignoreregex, prefregex and its content, every
 * failregex (checkAllRegex, as fail2ban-regex and the corpus tests run), ignoreregex per match,
 * failure ids, `mlfid` session merging, `alt_`/`tuple_` groups. Hosts are taken raw (no DNS): a
 * `dns` group value is the id, as with `fail2ban-regex -r` and the corpus tests.
 */
import { regexFor, type CompiledFilter, type CompiledRegex } from '../regex/compile';
import { pyGroups } from '../regex/translate';
import { DateDetector } from '../dates/detector';
import type { TimeContext } from '../dates/strptime';
import { normalizeHost } from './hosts';
import { literalSets } from '../regex/literals';

/** A line split around its date: [before, date text, after]. */
type TupleLine = [string, string, string];
export type Groups = Record<string, string | null | string[]>;

export interface FailEntry {
  /** failregex index */
  index: number;
  /** The failure id (host, normalised as fail2ban prints it), or null while a session is pending. */
  fid: string | null;
  time: number | null;
  groups: Groups;
  nofail: boolean;
}

export interface LineResult {
  entries: FailEntry[];
  /** An ignoreregex matched (fail2ban-regex counts the line as ignored). */
  ignoredBy: number[];
  prefMatched: boolean;
  dateTemplate: number;
}

const tupleBuf = (lines: TupleLine[]): string => lines.map((l) => l[0] + l[2]).join('\n') + '\n';

interface SearchResult {
  m: RegExpExecArray;
  matched: TupleLine[];
  unmatched: TupleLine[];
}

function search(r: CompiledRegex, buf: string, org: TupleLine[]): SearchResult | undefined {
  const re = regexFor(r, buf);
  re.lastIndex = 0;
  const m = re.exec(buf);
  if (!m) return undefined;
  if (org.length <= 1) return { m, matched: org, unmatched: [] };
  const start = m.index;
  const end = m.index + m[0].length;
  const lineStart = buf.lastIndexOf('\n', start) + 1;
  const idxEnd = buf.indexOf('\n', Math.max(0, end - 1));
  const lineEnd = idxEnd < 0 ? buf.length : idxEnd + 1;
  const count = (to: number) => {
    let c = 0;
    for (let i = buf.indexOf('\n'); i >= 0 && i < to; i = buf.indexOf('\n', i + 1)) c++;
    return c;
  };
  const c1 = count(lineStart);
  const c2 = count(lineEnd);
  const matched = org.slice(c1, c2);
  const unmatched = org.slice(0, c1);
  // lines captured by <SKIPLINES> groups go back to the buffer
  const skipped: string[] = [];
  const g = m.groups ?? {};
  for (let n = 0; `skiplines${n}` in g; n++) if (g[`skiplines${n}`] !== undefined) skipped.push(...splitLinesPy(g[`skiplines${n}`]!));
  let n = 0;
  for (const sk of skipped) {
    for (let k = n; k < matched.length; k++) {
      if (matched[k][0] + matched[k][2] === sk) {
        unmatched.push(matched.splice(k, 1)[0]);
        n = k;
        break;
      }
    }
  }
  unmatched.push(...org.slice(c2));
  return { m, matched, unmatched };
}

function splitLinesPy(s: string): string[] {
  const out = s.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/);
  if (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

function groupsOf(r: CompiledRegex, m: RegExpExecArray): Groups {
  const raw = pyGroups(m, r.renames);
  const g: Groups = {};
  for (const name of r.groupNames) g[name] = raw[name] ?? null;
  // alt_<name>[_N]: first non-empty alternative fills <name>; tuple_<name>[_N]: combined
  for (const k of r.groupNames.filter((x) => /^alt_/.test(x)).sort()) {
    const n = mapTag(k.replace(/^alt_(.*?)(?:_\d+)?$/, '$1'));
    if (g[k] && !g[n]) g[n] = g[k];
  }
  return g;
}

const mapTag = (t: string) => ({ id: 'fid', port: 'fport' })[t.toLowerCase()] ?? t.toLowerCase();

export interface RunnerOptions extends TimeContext {
  /** fail2ban-regex and the corpus tests: true (every failregex yields an entry). */
  checkAllRegex?: boolean;
  /** 1.0: every failregex group wins over the prefregex's (even unset); 1.1: only set ones. */
  version?: '1.0' | '1.1';
}

export class FilterRunner {
  readonly detector: DateDetector;
  private lastDate: number | undefined;
  private lastTimeText = '';
  private buffer: TupleLine[] = [];
  private mlfid = new Map<string, Groups & { __date?: unknown }>();
  /**
   * Per failregex, up to two necessary literal sets (a match holds one literal of each): a regex
   * whose text lacks one is not run. Most lines that reach the failregexes match one of many.
   */
  private gates: string[][][] | undefined;
  constructor(readonly filter: CompiledFilter, templates: ConstructorParameters<typeof DateDetector>[0], readonly opts: RunnerOptions) {
    this.detector = new DateDetector(templates);
  }

  private gate(i: number): string[][] {
    this.gates ??= this.filter.failregex.map(() => undefined as unknown as string[][]);
    const minLen = (set: string[]) => Math.min(...set.map((l) => l.length));
    return (this.gates[i] ??= literalSets(this.filter.failregex[i].expanded, 0)
      .sort((a, b) => minLen(b) - minLen(a))
      .slice(0, 2));
  }

  /** The multi-line buffer (fail2ban-regex moves lines a match consumed from missed to matched). */
  get lineBuffer(): readonly TupleLine[] {
    return this.buffer;
  }

  /** A line with its time known already (journal entries): no date detection. */
  processTupleLine(t: TupleLine, time: number): LineResult {
    this.lastTimeText = t[1];
    this.lastDate = time;
    return this.find(t, time, -1);
  }

  processLine(line: string): LineResult {
    const dm = this.detector.matchTime(line);
    let date: number | undefined;
    let tuple: TupleLine;
    if (dm) {
      const text = line.slice(dm.start, dm.end);
      tuple = [line.slice(0, dm.start), text, line.slice(dm.end)];
      if (text) {
        date = DateDetector.timeOf(dm, this.opts);
        if (date !== undefined) {
          this.lastTimeText = text;
          this.lastDate = date;
        }
      } else if (this.lastDate !== undefined && this.lastDate > this.opts.now - 60) {
        tuple = ['', this.lastTimeText, line];
        date = this.lastDate;
      } else date = this.opts.now;
    } else tuple = ['', '', line];
    if (date === undefined && this.lastDate !== undefined && this.lastDate > this.opts.now - 60) {
      tuple = ['', this.lastTimeText, line];
      date = this.lastDate;
    }
    return this.find(tuple, date, dm ? dm.index : -1);
  }

  /**
   * Whether the prefregex matches this line (fail2ban-regex's "Prefregex: N total"), for lines the
   * tester knows cannot match a failregex. Uses the date detector, leaves the line buffer alone.
   */
  prefregexMatches(line: string): { matched: boolean; dateTemplate: number } {
    const pre = this.filter.prefregex;
    const dm = this.detector.matchTime(line);
    if (!pre) return { matched: false, dateTemplate: dm ? dm.index : -1 };
    const buf = dm ? line.slice(0, dm.start) + line.slice(dm.end) + '\n' : line + '\n';
    const re = regexFor(pre, buf);
    re.lastIndex = 0;
    return { matched: re.test(buf), dateTemplate: dm ? dm.index : -1 };
  }

  private find(tuple: TupleLine, date: number | undefined, dateTemplate: number): LineResult {
    const f = this.filter;
    const res: LineResult = { entries: [], ignoredBy: [], prefMatched: false, dateTemplate };
    const multi = f.maxlines > 1;
    let org: TupleLine[];
    if (multi) {
      this.buffer.push(tuple);
      this.buffer = this.buffer.slice(-f.maxlines);
      org = this.buffer;
    } else org = this.buffer = [tuple];
    let buf: string | undefined = tupleBuf(org);
    const checkAll = this.opts.checkAllRegex ?? true;
    const ignoreLine = (b: string, failMatch?: SearchResult): boolean => {
      let hit = false;
      const bb = failMatch && multi ? tupleBuf(failMatch.matched) : b;
      for (let i = 0; i < f.ignoreregex.length; i++) {
        const r = f.ignoreregex[i];
        const re = regexFor(r, bb);
        re.lastIndex = 0;
        if (re.test(bb)) {
          hit = true;
          res.ignoredBy.push(i);
          if ((!checkAll || multi) && failMatch) this.buffer = failMatch.unmatched;
          if (!checkAll) break;
        }
      }
      return hit;
    };
    if (f.ignoreregex.length && f.ignoreregex.length < f.failregex.length - 2) {
      if (ignoreLine(buf)) return res;
    }
    let pre: Groups = {};
    if (f.prefregex) {
      const s = search(f.prefregex, buf, org);
      if (!s) return res;
      res.prefMatched = true;
      pre = groupsOf(f.prefregex, s.m);
      const content = pre.content as string | null;
      delete pre.content;
      if (content) {
        this.buffer = [['', '', content]];
        buf = undefined;
      }
    }
    for (let i = 0; i < f.failregex.length; i++) {
      const r = f.failregex[i];
      if (buf === undefined) buf = tupleBuf(this.buffer);
      const text = buf;
      if (!this.gate(i).every((set) => set.some((l) => text.includes(l)))) continue;
      const s = search(r, buf, this.buffer);
      if (!s) continue;
      let fail = groupsOf(r, s.m);
      if (f.ignoreregex.length && ignoreLine(buf, s)) {
        buf = undefined;
        if (!checkAll) break;
        continue;
      }
      if (!checkAll || multi) {
        this.buffer = s.unmatched;
        buf = undefined;
      }
      if (Object.keys(pre).length) {
        if (this.opts.version === '1.1') {
          const merged: Groups = { ...pre };
          for (const [k, v] of Object.entries(fail)) if (v !== null || !(k in merged)) merged[k] = v;
          fail = merged;
        } else fail = { ...pre, ...fail };
      }
      const mlfid = fail.mlfid as string | null | undefined;
      if (mlfid !== null && mlfid !== undefined) {
        fail = this.mergeFailure(mlfid, fail);
      }
      let fid = (fail.fid as string | null | undefined) ?? null;
      let ip: string | null = null;
      let cidr: number | undefined;
      if (fail.ip4 != null) {
        ip = fail.ip4 as string;
        cidr = fail.cidr ? Number(fail.cidr) : undefined;
      } else if (fail.ip6 != null) {
        ip = fail.ip6 as string;
        cidr = fail.cidr ? Number(fail.cidr) : undefined;
      } else if (fail.dns != null) ip = fail.dns as string;
      else {
        if (fid === null && (mlfid === null || mlfid === undefined)) continue; // "No failure-id" (cannot happen after compile checks)
        ip = fid;
      }
      let id: string | null;
      if (ip === null) {
        fail.mlfpending = '1';
        id = null;
      } else if (fid === null || fid === ip) id = normalizeHost(ip, cidr);
      else {
        fail.ip = normalizeHost(ip, cidr);
        id = fid;
      }
      res.entries.push({ index: i, fid: id, time: date ?? null, groups: mlfid != null ? { ...fail } : fail, nofail: !!fail.nofail });
      if (!checkAll) break;
    }
    return res;
  }

  /** `_mergeFailure`: failures of one connection id (mlfid) accumulate across lines. */
  private mergeFailure(mlfid: string, fail: Groups): Groups {
    const cached = this.mlfid.get(mlfid);
    let users: string[] | undefined;
    let flags = 0;
    if (fail.mlfgained) {
      flags |= 8 | 1;
      if (!fail.nofail) fail.nofail = fail.mlfgained;
    } else if (fail.nofail) flags |= 1;
    if (fail.mlfforget) flags |= 2;
    delete fail.mlfforget;
    const addUser = (g: Groups, u: string | null | string[] | undefined): string[] | undefined => {
      let us = g.users as string[] | undefined;
      if (u) {
        if (!us) g.users = us = [];
        if (!us.includes(u as string)) us.push(u as string);
      }
      return us;
    };
    if (cached) {
      users = addUser(cached, fail.user);
      if (cached.nofail) flags |= 4;
      delete cached.nofail;
      if (cached.mlfgained) flags |= 4;
      delete cached.mlfgained;
      if (flags & 8) delete cached.mlfpending;
      for (const [k, v] of Object.entries(fail)) if (v !== null && v !== undefined) cached[k] = v;
      fail = cached;
      if (flags & 2) this.mlfid.delete(mlfid);
    } else if (!(flags & 2)) {
      users = addUser(fail, fail.user);
      this.mlfid.set(mlfid, fail);
      if (this.mlfid.size > 100) this.mlfid.delete(this.mlfid.keys().next().value as string);
    }
    if (fail.mlfpending || (users && users.length > 1)) {
      delete fail.mlfpending;
      delete fail.nofail;
      delete fail.mlfgained;
    }
    return fail;
  }
}
