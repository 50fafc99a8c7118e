/**
 * Date templates as fail2ban builds them (datetemplate.py, datedetector.py): boundaries, the
 * group-1 wrap, `{^LN-BEG}`/`{UNB}`/`**`, Epoch, TAI64N, `{NONE}`, `{DATE}` and the 31 defaults
 * in fail2ban's order. Python regex text is built exactly as fail2ban builds it, then translated.
 */
import { parsePyRegex } from '../regex/pyParse';
import { translatePyRegex } from '../regex/translate';
import { directiveName, directiveRe, timeRe } from './strptime';

export const LINE_BEGIN = 8;
export const LINE_END = 4;
export const WORD_BEGIN = 2;
export const WORD_END = 1;

export type TemplateKind = 'pattern' | 'epoch' | 'tai64n';

export interface DateTemplate {
  name: string;
  kind: TemplateKind;
  /** The Python regex fail2ban compiles (for display and diagnostics). */
  pyRegex: string;
  /** Pattern the template was made from (pattern templates). */
  pattern?: string;
  flags: number;
  /** JS regex with indices (group `grp` is the date cut from the line). */
  re: RegExp;
  /** JS group number holding the date (fail2ban's group 1; Epoch with a pattern: its group 2 value). */
  cutGroup: number;
  /**
   * The cut group is the last text the regex consumes (`^(?:\W{0,2})?(…)(?=…)`): its offsets follow
   * from the match alone, and `re` runs without the (slower) indices flag.
   */
  cutAtEnd: boolean;
  valueGroup: number;
  longFrm?: boolean;
}

export class DatePatternError extends Error {}

const RE_GROUPED = /(?<!(?:\(\?))(?<!\\)\((?!\?)/;
const RE_GROUP = /^((?:\(\?\w+\))?\^?(?:\(\?\w+\))?)(.*?)(\$?)$/s;
const RE_GLOBALFLAGS = /((?:^|(?!<\\))\(\?[a-z]+\))/;
const RE_EXLINE_NO_BOUNDS = /^\{UNB\}/;
const RE_EXLINE_BOUND_BEG = /^\{\^LN-BEG\}/;
const RE_EXSANC_BOUND_BEG = /^\((?:\?:)?\^\|\\b\|\\W\)/;
const RE_EXEANC_BOUND_BEG = /\(\?=\\b\|\\W\|\$\)$/;
const RE_NO_WRD_BOUND_BEG = /^\(*(?:\(\?\w+\))?(?:\^|\(*\*\*|\((?:\?:)?\^)/;
const RE_NO_WRD_BOUND_END = /(?<!\\)(?:\$\)?|\\b|\\s|\*\*\)*)$/;
const RE_DEL_WRD_BOUNDS = /^\(*(?:\(\?\w+\))?\(*\*\*|(?<!\\)\*\*\)*$/g;
const RE_LINE_BOUND_BEG = /^(?:\(\?\w+\))?(?:\^|\((?:\?:)?\^(?!\|))/;
const RE_LINE_BOUND_END = /(?<![\\|])(?:\$\)?)$/;
const RE_ALPHA_PATTERN = /(?<!%)%[aAbBpc]/;
const RE_EPOCH_PATTERN = /(?<!\\)\{L?EPOCH\}/gi;

type WordBegin = boolean | 'start';

interface Built {
  name: string;
  regex: string;
  flags: number;
}

/** DateTemplate.setRegex. */
function setRegex(name: string, regex: string, wordBegin: WordBegin = true, wordEnd = true): Built {
  regex = regex.trim();
  const gf = RE_GLOBALFLAGS.exec(regex);
  if (gf) regex = regex.replace(RE_GLOBALFLAGS, '');
  const boundBegin = wordBegin && !RE_NO_WRD_BOUND_BEG.test(regex);
  const boundEnd = wordEnd && !RE_NO_WRD_BOUND_END.test(regex);
  if (!RE_GROUPED.test(regex)) regex = regex.replace(RE_GROUP, '$1($2)$3');
  let flags = 0;
  if (boundBegin) {
    flags |= wordBegin !== 'start' ? WORD_BEGIN : LINE_BEGIN;
    if (wordBegin !== 'start') regex = '(?=^|\\b|\\W)' + regex;
    else {
      regex = '^(?:\\W{0,2})?' + regex;
      if (!name.startsWith('{^LN-BEG}')) name = '{^LN-BEG}' + name;
    }
  }
  if (boundEnd) {
    flags |= WORD_END;
    regex += '(?=\\b|\\W|$)';
  }
  if (!(flags & LINE_BEGIN) && RE_LINE_BOUND_BEG.test(regex)) flags |= LINE_BEGIN;
  if (!(flags & LINE_END) && RE_LINE_BOUND_END.test(regex)) flags |= LINE_END;
  regex = regex.replace(RE_DEL_WRD_BOUNDS, (m) => m.replace(/\*\*/g, ''));
  if (gf) regex = gf[1] + regex;
  return { name, regex, flags };
}

function compile(b: Built, kind: TemplateKind, extra: Partial<DateTemplate> & { pyValueGroup?: number } = {}): DateTemplate {
  const t = translatePyRegex(b.regex);
  if (!t.ok) throw new DatePatternError(`date pattern '${extra.pattern ?? b.name}' does not compile: ${t.message}`);
  const cutGroup = t.groupMap[1];
  if (cutGroup === undefined) throw new DatePatternError(`date pattern '${extra.pattern ?? b.name}' has no group to cut`);
  const valueGroup = t.groupMap[extra.pyValueGroup ?? 1] ?? cutGroup;
  const cutAtEnd = endsWithGroupOne(b.regex);
  return { name: b.name, kind, pyRegex: b.regex, flags: b.flags, re: new RegExp(t.source, t.flags + (cutAtEnd ? '' : 'd')), cutGroup, cutAtEnd, valueGroup, pattern: extra.pattern, longFrm: extra.longFrm };
}

/** Whether group 1 is the last consuming element of the top-level sequence (only lookarounds after it). */
function endsWithGroupOne(pyRegex: string): boolean {
  const p = parsePyRegex(pyRegex);
  if (!p.ok || p.ast.t !== 'seq') return false;
  const items = p.ast.items;
  let i = items.length - 1;
  while (i >= 0 && items[i].t === 'look') i--;
  const g = items[i];
  return !!g && g.t === 'group' && g.kind === 'cap' && g.num === 1;
}

export interface TemplateFactory {
  (pattern: string): DateTemplate;
}

/** Builds templates for one "now" year (`%ExY` depends on it). Cached per year. */
export class TemplateBuilder {
  private table: Map<string, string>;
  private directive: RegExp;
  private cache = new Map<string, DateTemplate>();
  constructor(nowYear: number) {
    this.table = timeRe(nowYear);
    this.directive = directiveRe(this.table);
  }

  /** DatePatternRegex: `%` directives inside a regex. Throws DatePatternError. */
  patternTemplate(pattern: string, wordBegin: WordBegin = true, wordEnd = true): DateTemplate {
    const key = `${pattern}\u0000${wordBegin}\u0000${wordEnd}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const orig = pattern;
    if (RE_EXLINE_NO_BOUNDS.test(pattern)) {
      pattern = pattern.replace(RE_EXLINE_NO_BOUNDS, '');
      wordBegin = wordEnd = false;
    }
    if (wordBegin && RE_EXLINE_BOUND_BEG.test(pattern)) {
      pattern = pattern.replace(RE_EXLINE_BOUND_BEG, '');
      wordBegin = 'start';
    }
    let name = '';
    let regex = '';
    let last = 0;
    this.directive.lastIndex = 0;
    for (let m = this.directive.exec(pattern); m; m = this.directive.exec(pattern)) {
      const lit = pattern.slice(last, m.index);
      if (lit.includes('%')) throw new DatePatternError(`Failed to set datepattern '${orig}' (may be an invalid format or unescaped percent char)`);
      name += lit + directiveName(m[1]);
      regex += lit + this.table.get(m[1]);
      last = m.index + m[0].length;
    }
    const tail = pattern.slice(last);
    if (tail.includes('%')) throw new DatePatternError(`Failed to set datepattern '${orig}' (may be an invalid format or unescaped percent char)`);
    name += tail;
    regex += tail;
    if (RE_ALPHA_PATTERN.test(pattern)) regex = '(?iu)' + regex;
    const t = compile(setRegex(name, regex, wordBegin, wordEnd), 'pattern', { pattern: orig });
    this.cache.set(key, t);
    return t;
  }

  epoch(lineBeginOnly: boolean, pattern?: string, longFrm = false): DateTemplate {
    let name = pattern ?? (longFrm ? 'LongEpoch' : 'Epoch');
    const epochRE = longFrm ? '\\d{10,11}(?:\\d{3}(?:\\.\\d{1,6}|\\d{3})?)?' : '\\d{10,11}\\b(?:\\.\\d{3,6})?';
    if (pattern) {
      const regex = '(' + pattern.replace(RE_EPOCH_PATTERN, () => `(${epochRE})`) + ')';
      return compile(setRegex(name, regex), 'epoch', { pyValueGroup: 2, longFrm, pattern });
    }
    // fail2ban's conditionals `(?(square)(?=\]))` are no-ops for acceptance (an optional branch
    // can always be skipped), so the groups they test are dropped (reference §2.3).
    if (!lineBeginOnly) {
      const regex = `((?:^|(?<=^\\[)|(?<=\\baudit\\())${epochRE})`;
      const b = setRegex(name, regex, false);
      return compile(b, 'epoch', { longFrm });
    }
    const b = setRegex(name, `(${epochRE})`, 'start', true);
    name = b.name;
    return compile(b, 'epoch', { longFrm });
  }

  tai64n(wordBegin: WordBegin): DateTemplate {
    return compile(setRegex('TAI64N', '@[0-9a-f]{24}', wordBegin), 'tai64n');
  }

  /** `_getPatternTemplate`: special names first, then a pattern. */
  fromPattern(pattern: string): DateTemplate {
    const key = pattern.includes('%') ? pattern : pattern.toUpperCase();
    if (key.includes('EPOCH')) {
      if (new RegExp(RE_EPOCH_PATTERN.source, 'i').test(pattern)) return this.epoch(false, pattern, key.includes('LEPOCH'));
      if (['EPOCH', '{^LN-BEG}EPOCH', '^EPOCH'].includes(key)) return this.epoch(key !== 'EPOCH');
      if (['LEPOCH', '{^LN-BEG}LEPOCH', '^LEPOCH'].includes(key)) return this.epoch(key !== 'LEPOCH', undefined, true);
    }
    if (['TAI64N', '{^LN-BEG}TAI64N', '^TAI64N'].includes(key)) return this.tai64n(key !== 'TAI64N' ? 'start' : false);
    return this.patternTemplate(pattern);
  }

  private defaults?: { base: DateTemplate[]; all: DateTemplate[] };

  /** The 17 base templates and the 31-entry default list (anchored copies first). */
  defaultTemplates(version: '1.0' | '1.1' = '1.0'): { base: DateTemplate[]; all: DateTemplate[] } {
    if (this.defaults) return this.defaults;
    const base = DEFAULT_PATTERNS(version).map((p) => this.fromPattern(p));
    const anchored: DateTemplate[] = [];
    for (const t of base) {
      if (t.name.startsWith('{^LN-BEG}') || t.name.startsWith('^')) continue;
      const copy = t.kind === 'pattern' ? this.fromPattern('{^LN-BEG}' + t.pattern) : this.fromPattern('{^LN-BEG}' + t.name);
      if (copy.name !== t.name) anchored.push(copy);
    }
    this.defaults = { base, all: [...anchored, ...base] };
    return this.defaults;
  }

  /** `{DATE}` in a datepattern: one copy per base template with the date regex in place of `{DATE}`. */
  withDate(preMatch: string, version: '1.0' | '1.1' = '1.0'): DateTemplate[] {
    const out: DateTemplate[] = [];
    const seen = new Set<string>();
    for (const t of this.defaultTemplates(version).base) {
      const wrap = (s: string) => preMatch.replace(/(?<!\\)\{DATE\}/gi, () => unboundPattern(s));
      const src = t.kind === 'pattern' ? wrap(t.pattern!) : wrap(t.name);
      const tpl = this.fromPattern(src);
      if (seen.has(tpl.name)) continue;
      seen.add(tpl.name);
      out.push(tpl);
    }
    return out;
  }
}

export function unboundPattern(p: string): string {
  return p.replace(RE_EXLINE_NO_BOUNDS, '').replace(RE_EXLINE_BOUND_BEG, '').replace(RE_EXSANC_BOUND_BEG, '').replace(RE_EXEANC_BOUND_BEG, '');
}

function DEFAULT_PATTERNS(version: '1.0' | '1.1'): string[] {
  return [
    '%ExY(?P<_sep>[-/.])%m(?P=_sep)%d(?:T|  ?)%H:%M:%S(?:[.,]%f)?(?:\\s*%z)?',
    '(?:%a )?%b %d %k:%M:%S(?:\\.%f)?(?: %ExY)?',
    '(?:%a )?%b %d %ExY %k:%M:%S(?:\\.%f)?',
    '%d(?P<_sep>[-/])%m(?P=_sep)(?:%ExY|%Exy) %k:%M:%S',
    '%d(?P<_sep>[-/])%b(?P=_sep)%ExY[ :]?%H:%M:%S(?:\\.%f)?(?: %z)?',
    '%m/%d/%ExY:%H:%M:%S',
    '%m-%d-%ExY %k:%M:%S(?:\\.%f)?',
    'EPOCH',
    '{^LN-BEG}%H:%M:%S',
    '^<%m/%d/%Exy@%H:%M:%S>',
    '%Exy%Exm%Exd  ?%H:%M:%S',
    '%b %d, %ExY %I:%M:%S %p',
    '^%b-%d-%Exy %k:%M:%S',
    version === '1.0'
      ? '%ExY%Exm%Exd(?:T|  ?)%ExH%ExM%ExS(?:[.,]%f)?(?:\\s*%z)?'
      : '%ExY%Exm%Exd(?:-|T|  ?)%ExH:?%ExM:?%ExS(?:[.,]%f)?(?:\\s*%z)?',
    '(?:%Z )?(?:%a )?%b %d %k:%M:%S(?:\\.%f)?(?: %ExY)?',
    '(?:%z )?(?:%a )?%b %d %k:%M:%S(?:\\.%f)?(?: %ExY)?',
    'TAI64N',
  ];
}
