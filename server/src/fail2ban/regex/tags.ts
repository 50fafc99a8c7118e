/**
 * fail2ban's regex tag layer (`Regex._resolveHostTag` and the global→scoped flag rewrite of
 * failregex.py), with an offset map from the expanded regex back to the text the user wrote, so a
 * compile error points inside the filter file and not inside fail2ban's 200-character <HOST> regex.
 */

export type Fail2banVersion = '1.0' | '1.1';

const IP4 = String.raw`(?:\d{1,3}\.){3}\d{1,3}`;
const IP6: Record<Fail2banVersion, string> = {
  '1.0': String.raw`(?:[0-9a-fA-F]{1,4}::?|::){1,7}(?:[0-9a-fA-F]{1,4}|(?<=:):)`,
  '1.1': String.raw`(?:[0-9a-fA-F]{1,4}::?|:){1,7}(?:[0-9a-fA-F]{1,4}|(?<=:):)`,
};

function hostRegexes(v: Fail2banVersion) {
  const ip4 = `(?:::f{4,6}:)?(?P<ip4>${IP4})`;
  const ip6 = `(?P<ip6>${IP6[v]})`;
  const dns = String.raw`(?P<dns>[\w\-.^_]*\w)`;
  const cidr = String.raw`(?P<cidr>\d+)`;
  const addr = String.raw`\[?(?:${ip4}|${ip6})\]?`;
  const host = `(?:${addr}|${dns})`;
  const subnet = String.raw`\[?(?:${ip4}|${ip6})(?:/${cidr})?\]?`;
  const table: Record<string, string> = {
    IP4: ip4, 'F-IP4/': ip4, IP6: ip6, 'F-IP6/': ip6, ADDR: addr, 'F-ADDR/': addr, CIDR: cidr, 'F-CIDR/': cidr,
    SUBNET: subnet, 'F-SUBNET/': subnet, DNS: dns, 'F-DNS/': dns, 'F-ID/': String.raw`(?P<fid>\S+)`, 'F-PORT/': String.raw`(?P<fport>\w+)`,
  };
  return { host, addr, table };
}

const CACHE = new Map<Fail2banVersion, ReturnType<typeof hostRegexes>>();

/** One tag found in a regex, with its offsets in the source text. */
export interface TagUse {
  tag: string;
  start: number;
  end: number;
}

export interface Expanded {
  regex: string;
  /** Maps an offset in `regex` to an offset in the source text. */
  toSource(offset: number): number;
  tags: TagUse[];
}

interface Piece {
  exp: number;
  src: number;
  len: number;
  /** literal copy (offsets map 1:1) or replacement (every offset maps to the tag start) */
  literal: boolean;
  srcLen: number;
}

const FTAG = /<\/?[\w-]+\/?>/g;
const FCUSTNAME = /^(\/?)F-([A-Z0-9_-]+)$/;
const R_MAP: Record<string, string> = { id: 'fid', port: 'fport' };

/** Expands fail2ban tags exactly as failregex.py does, then `((?i)x` → `(?i:x`. */
export function expandTags(regex: string, opts: { useDns?: string; version?: Fail2banVersion } = {}): Expanded {
  const v = opts.version ?? '1.0';
  let t = CACHE.get(v);
  if (!t) CACHE.set(v, (t = hostRegexes(v)));
  const open = new Set<string>();
  let nl = 0;
  const pieces: Piece[] = [];
  const tags: TagUse[] = [];
  let out = '';
  let last = 0;
  const lit = (from: number, to: number) => {
    if (to > from) pieces.push({ exp: out.length, src: from, len: to - from, literal: true, srcLen: to - from });
    out += regex.slice(from, to);
  };
  const rep = (src: number, srcLen: number, text: string) => {
    pieces.push({ exp: out.length, src, len: text.length, literal: false, srcLen });
    out += text;
  };
  FTAG.lastIndex = 0;
  for (let m = FTAG.exec(regex); m; m = FTAG.exec(regex)) {
    const tag = m[0];
    const tn = tag.slice(1, -1);
    let repl: string | undefined;
    if (tn === 'HOST') repl = opts.useDns === 'no' ? t.addr : t.host;
    else if (tn === 'SKIPLINES') repl = String.raw`\n(?P<skiplines${nl++}>(?:(?:.*\n)*?))`;
    else if (tn in t.table) repl = t.table[tn];
    else {
      const c = FCUSTNAME.exec(tn);
      if (c) {
        if (c[1]) repl = open.has(c[2]) ? ')' : undefined;
        else {
          open.add(c[2]);
          const low = c[2].toLowerCase();
          repl = `(?P<${R_MAP[low] ?? low}>`;
        }
      }
    }
    if (repl === undefined) continue;
    tags.push({ tag: tn, start: m.index, end: m.index + tag.length });
    lit(last, m.index);
    rep(m.index, tag.length, repl);
    last = m.index + tag.length;
  }
  lit(last, regex.length);
  // global flags inside a group become scoped flags: ((?i)x → (?i:x
  const GLOB = /(?<!\\)\((?:\?:)?(\(\?[a-z]+)\)/g;
  let final = '';
  let shift: { at: number; delta: number }[] = [];
  let prev = 0;
  for (let m = GLOB.exec(out); m; m = GLOB.exec(out)) {
    final += out.slice(prev, m.index) + m[1] + ':';
    shift.push({ at: final.length, delta: m[0].length - (m[1].length + 1) });
    prev = m.index + m[0].length;
  }
  final += out.slice(prev);
  if (!shift.length) shift = [];
  const toExpanded = (offset: number): number => {
    let o = offset;
    for (const s of shift) if (offset >= s.at) o += s.delta;
    return o;
  };
  return {
    regex: final,
    tags,
    toSource(offset: number): number {
      const e = toExpanded(offset);
      for (const p of pieces) {
        if (e >= p.exp && e < p.exp + p.len) return p.literal ? p.src + (e - p.exp) : p.src;
      }
      return regex.length;
    },
  };
}
