/**
 * fail2ban's strptime layer (fail2ban/server/strptime.py over Python's _strptime.TimeRE, C locale):
 * the `%` directive → regex table, the template names fail2ban-regex prints, and the conversion of
 * matched fields to a Unix time with fail2ban's year/today assumptions.
 */

const A_MONTH = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const F_MONTH = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const A_WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const F_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Python's `_strptime.__seqToRE`: longest first, so `may` never shadows `march`. */
function seqToRe(seq: string[], name: string): string {
  const s = seq.filter((x) => x).sort((a, b) => b.length - a.length);
  return `(?P<${name}>${s.join('|')})`;
}

/**
 * `%ExY` accepts the decades around now and the years since 2000 (strptime.py `_updateTimeRE`).
 * In 2026: `20[012]\d`.
 */
export function exYearRe(nowYear: number): string {
  const set = new Set<string>();
  const cent = (y: number) => String(y).slice(0, 3);
  set.add(cent(nowYear - 1));
  set.add(cent(nowYear + 3));
  for (let y = 2001 - 1; y < nowYear + 1; y += 3) set.add(cent(y));
  const grp = (xs: string[]): string => {
    if (xs.length > 1) {
      let c: string | null = null;
      for (const i of xs) {
        if (c === null || i.slice(0, -1) === c) c = i.slice(0, -1);
        else {
          c = null;
          break;
        }
      }
      if (!c) {
        c = null;
        for (const i of xs) {
          if (c === null || i[0] === c) c = i[0];
          else {
            c = null;
            break;
          }
        }
      }
      if (c) return c + grp(xs.map((i) => i.slice(c!.length)));
    }
    return xs.length > 1 ? (xs[0].length > 1 ? `(?:${xs.join('|')})` : `[${xs.join('')}]`) : xs.join('');
  };
  return `(?P<Y>${grp([...set].sort())}\\d)`;
}

const TZ_ABBR = '[A-Z](?:[A-Z]{2,4})?';

/** The directive table, in the key order of Python's TimeRE dict plus fail2ban's additions. */
export function timeRe(nowYear: number): Map<string, string> {
  const m = new Map<string, string>();
  const base: [string, string][] = [
    ['d', '(?P<d>[1-2]\\d|[0 ]?[1-9]|3[0-1])'],
    ['f', '(?P<f>[0-9]{1,6})'],
    ['H', '(?P<H>[0-1]?\\d|2[0-3])'],
    ['I', '(?P<I>1[0-2]|0[1-9]|[1-9])'],
    ['G', '(?P<G>\\d\\d\\d\\d)'],
    ['j', '(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])'],
    ['m', '(?P<m>0?[1-9]|1[0-2])'],
    ['M', '(?P<M>[0-5]?\\d)'],
    ['S', '(?P<S>[0-5]?\\d|6[0-1])'],
    ['U', '(?P<U>5[0-3]|[0-4]\\d|\\d)'],
    ['w', '(?P<w>[0-6])'],
    ['u', '(?P<u>[1-7])'],
    ['V', '(?P<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)'],
    ['y', '(?P<y>\\d\\d)'],
    ['Y', '(?P<Y>\\d{4})'],
    ['z', '(?P<z>Z|UTC|GMT|[+-][01]\\d(?::?\\d{2})?)'],
    ['A', seqToRe(F_WEEKDAY, 'A')],
    ['a', seqToRe(A_WEEKDAY, 'a')],
    ['B', seqToRe(F_MONTH, 'B')],
    ['b', seqToRe(A_MONTH, 'b')],
    ['p', '(?P<p>am|pm)'],
    ['Z', '(?P<Z>Z|[A-Z]{3,5})'],
    ['%', '%'],
    ['W', '(?P<W>5[0-3]|[0-4]\\d|\\d)'],
    ['k', ' ?(?P<H>[0-2]?\\d)'],
    ['l', ' ?(?P<I>1?\\d)'],
    ['ExZ', `(?P<Z>${TZ_ABBR})`],
    ['Exz', `(?P<z>(?:${TZ_ABBR})?[+-][01]\\d(?::?\\d{2})?|${TZ_ABBR})`],
    ['Exd', '(?P<d>[1-2]\\d|0[1-9]|3[0-1])'],
    ['Exm', '(?P<m>0[1-9]|1[0-2])'],
    ['ExH', '(?P<H>[0-1]\\d|2[0-3])'],
    ['Exk', ' ?(?P<H>[0-1]?\\d|2[0-3])'],
    ['Exl', ' ?(?P<I>1[0-2]|\\d)'],
    ['ExM', '(?P<M>[0-5]\\d)'],
    ['ExS', '(?P<S>[0-5]\\d|6[0-1])'],
    ['ExY', exYearRe(nowYear)],
    ['Exy', '(?P<y>\\d{2})'],
  ];
  for (const [k, v] of base) m.set(k, v);
  // locale composites (C locale)
  m.set('c', `${m.get('a')} ${m.get('b')} ${m.get('d')!.replace('[0 ]?', ' ?')} ${m.get('H')}:${m.get('M')}:${m.get('S')} ${m.get('Y')}`);
  m.set('x', `${m.get('m')}/${m.get('d')}/${m.get('y')}`);
  m.set('X', `${m.get('H')}:${m.get('M')}:${m.get('S')}`);
  return m;
}

const NAMES: Record<string, string> = {
  a: 'DAY', A: 'DAYNAME', b: 'MON', B: 'MONTH', d: 'Day', H: '24hour', I: '12hour', j: 'Yearday', m: 'Month',
  M: 'Minute', p: 'AMPM', S: 'Second', U: 'Yearweek', w: 'Weekday', W: 'Yearweek', y: 'Year2', Y: 'Year', '%': '%',
  z: 'Zone offset', f: 'Microseconds', Z: 'Zone name',
};

export function directiveName(key: string): string {
  if (key in NAMES) return NAMES[key];
  if (key.startsWith('Ex') && NAMES[key.slice(2)]) return 'Ex' + NAMES[key.slice(2)];
  return '%' + key;
}

/** The `%(%|Exd|…|[dfH…])` directive finder built from the table keys. */
export function directiveRe(table: Map<string, string>): RegExp {
  const keys = [...table.keys()];
  const multi = keys.filter((k) => k.length > 1).join('|');
  const single = keys.filter((k) => k.length === 1 && k !== '%').join('');
  return new RegExp(`%(%|${multi}|[${single}])`, 'g');
}

/** Timezone abbreviations fail2ban knows, as fixed offsets in minutes (strptime.py TZ_STR). */
const TZ_STR = `-12 Y
-11 X NUT SST
-10 W CKT HAST HST TAHT TKT
-9 V AKST GAMT GIT HADT HNY
-8 U AKDT CIST HAY HNP PST PT
-7 T HAP HNR MST PDT
-6 S CST EAST GALT HAR HNC MDT
-5 R CDT COT EASST ECT EST ET HAC HNE PET
-4 Q AST BOT CLT COST EDT FKT GYT HAE HNA PYT
-3 P ADT ART BRT CLST FKST GFT HAA PMST PYST SRT UYT WGT
-2 O BRST FNT PMDT UYST WGST
-1 N AZOT CVT EGT
0 Z EGST GMT UTC WET WT
1 A CET DFT WAT WEDT WEST
2 B CAT CEDT CEST EET SAST WAST
3 C EAT EEDT EEST IDT MSK
4 D AMT AZT GET GST KUYT MSD MUT RET SAMT SCT
5 E AMST AQTT AZST HMT MAWT MVT PKT TFT TJT TMT UZT YEKT
6 F ALMT BIOT BTT IOT KGT NOVT OMST YEKST
7 G CXT DAVT HOVT ICT KRAT NOVST OMSST THA WIB
8 H ACT AWST BDT BNT CAST HKT IRKT KRAST MYT PHT SGT ULAT WITA WST
9 I AWDT IRKST JST KST PWT TLT WDT WIT YAKT
10 K AEST ChST PGT VLAT YAKST YAPT
11 L AEDT LHDT MAGT NCT PONT SBT VLAST VUT
12 M ANAST ANAT FJT GILT MAGST MHT NZST PETST PETT TVT WFT
13 FJST NZDT
11.5 NFT
10.5 ACDT LHST
9.5 ACST
6.5 CCT MMT
5.75 NPT
5.5 SLT
4.5 AFT IRDT
3.5 IRST
-2.5 HAT NDT
-3.5 HNT NST NT
-4.5 HLV VET
-9.5 MART MIT`;
const TZ_ABBR_OFFS = new Map<string, number>([['', 0]]);
for (const line of TZ_STR.split('\n')) {
  const [off, ...names] = line.trim().split(/\s+/);
  for (const n of names) TZ_ABBR_OFFS.set(n, Math.round(Number(off) * 60));
}

/** Offset in minutes of a zone text (`+0100`, `CET`, `CET+01:00`), or undefined when fail2ban would fail. */
export function zoneOffset(z: string): number | undefined {
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 0;
  const m = new RegExp(`^(${TZ_ABBR})?([+-][01]\\d(?::?\\d{2})?)?$`).exec(z);
  if (!m) return undefined;
  const base = TZ_ABBR_OFFS.get(m[1] ?? '');
  if (base === undefined) return undefined;
  const o = m[2];
  if (!o) return base;
  const sign = o[0] === '-' ? -1 : 1;
  if (o.length <= 3) return base + Number(o) * 60;
  const mm = o[3] === ':' ? o.slice(4, 6) : o.slice(3, 5);
  return base + sign * (Number(o.slice(1, 3)) * 60 + Number(mm));
}

export interface TimeContext {
  /** "now" in Unix seconds (fail2ban-regex: the real time; the corpus tests: 2005-08-14 12:00 CEST). */
  now: number;
  /** Fixed offset in minutes for dates without a zone (`--timezone`/`logtimezone`); undefined = local time. */
  defaultTz?: number;
}

function localParts(t: number): { year: number; month: number; day: number } {
  const d = new Date(t * 1000);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** `reGroupDictStrptime`: named date fields → Unix time (whole seconds), or undefined (invalid date). */
export function fieldsToTime(g: Record<string, string | undefined>, ctx: TimeContext): number | undefined {
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let tz: number | undefined;
  let julian: number | undefined;
  for (const key of Object.keys(g)) {
    const val = g[key];
    if (val === undefined || val === null) continue;
    switch (key) {
      case 'y':
        year = Number(val);
        if (year <= 2000) year += 2000;
        break;
      case 'Y': year = Number(val); break;
      case 'm': month = Number(val); break;
      case 'B': month = F_MONTH.indexOf(val.toLowerCase()); break;
      case 'b': month = A_MONTH.indexOf(val.toLowerCase()); break;
      case 'd': day = Number(val); break;
      case 'H': hour = Number(val); break;
      case 'I': {
        hour = Number(val);
        const ampm = (g.p ?? '').toLowerCase();
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (ampm === 'pm' && hour !== 12) hour += 12;
        break;
      }
      case 'M': minute = Number(val); break;
      case 'S': second = Number(val); break;
      case 'j': julian = Number(val); break;
      case 'z':
      case 'Z': {
        const o = zoneOffset(val);
        if (o === undefined) return undefined;
        tz = o;
        break;
      }
    }
  }
  let assumeYear = false;
  if (year === undefined) {
    year = localParts(ctx.now).year;
    assumeYear = true;
  }
  if ((month === undefined || day === undefined) && julian !== undefined) {
    const d = new Date(Date.UTC(year, 0, julian));
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
  }
  let assumeToday = false;
  if (month === undefined && day === undefined) {
    const p = localParts(ctx.now);
    month = p.month;
    day = p.day;
    assumeToday = true;
  }
  if (month === undefined || day === undefined) {
    // Python's datetime() refuses a missing month or day
    month ??= 1;
    day ??= 1;
  }
  if (hour > 23 || minute > 59 || second > 59 || !validDate(year, month, day)) return undefined;
  if (tz === undefined && ctx.defaultTz !== undefined) tz = ctx.defaultTz;
  const make = (y: number): number =>
    tz !== undefined ? Date.UTC(y, month! - 1, day!, hour, minute, second) / 1000 - tz * 60 : new Date(y, month! - 1, day!, hour, minute, second).getTime() / 1000;
  let t = make(year);
  if (assumeToday && t > ctx.now) t -= 86400;
  if (assumeYear && t > ctx.now + 86400) {
    if (!validDate(year - 1, month, day)) return undefined;
    t = make(year - 1);
  }
  return t;
}
