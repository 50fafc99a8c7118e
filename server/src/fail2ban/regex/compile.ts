/**
 * Compiles a resolved filter (prefregex, failregex, ignoreregex as fail2ban receives them after
 * config interpolation) into JavaScript regexes, or explains why one cannot be compiled, with the
 * offset in the regex text the user wrote.
 */
import { expandTags, type Fail2banVersion } from './tags';
import { translatePyRegex } from './translate';

/** A filter after the config layer: what the `fail2ban-client` stream sets on the server filter. */
export interface FilterDefinition {
  prefregex?: string;
  failregex: string[];
  ignoreregex: string[];
  datepattern?: string;
  maxlines?: number;
  /** The filter's own usedns (fail2ban-regex ignores it, only `--usedns` counts). */
  usedns?: string;
}

export type RegexList = 'prefregex' | 'failregex' | 'ignoreregex';

export interface CompiledRegex {
  /** Text as written (with tags), what fail2ban-regex prints for fail/ignore regexes. */
  pattern: string;
  /** After tag expansion: the Python regex fail2ban compiles. */
  expanded: string;
  re: RegExp;
  renames: Map<string, string>;
  groupNames: string[];
  /** fail2ban compiled it with re.MULTILINE (maxlines > 1). */
  multiline?: boolean;
  /** The `u` variant with Python's Unicode classes (unicodeRegex), once built; null: none. */
  reUnicode?: RegExp | null;
}

/**
 * The regex to run on `text`: the ASCII translation, unless the text holds a character on which
 * Python's Unicode `\w \d \s \b` and JavaScript's ASCII ones may disagree (non-ASCII, or the
 * \x1c-\x1f that Python counts as whitespace); then the `u` variant, built on first use.
 */
export function regexFor(r: CompiledRegex, text: string): RegExp {
  if (!UNICODE_SENSITIVE.test(text)) return r.re;
  if (r.reUnicode === undefined) {
    const t = translatePyRegex(r.expanded, { multiline: r.multiline, unicode: true });
    // same groups, same names: matches read the same way (a regex `u` rejects keeps the ASCII one)
    r.reUnicode = t.ok && t.groupNames.join() === r.groupNames.join() ? new RegExp(t.source, t.flags) : null;
  }
  return r.reUnicode ?? r.re;
}

/** Characters on which Python's Unicode classes and JavaScript's ASCII ones may disagree. */
export const UNICODE_SENSITIVE = /[^\x00-\x1b\x20-\x7f]/;

export interface RegexProblem {
  list: RegexList;
  index: number;
  message: string;
  /** Offset in `pattern` (the text as written). */
  offset: number;
  /** Valid for Python but not reproducible in JavaScript. */
  unsupported?: boolean;
}

export interface CompileOptions {
  multiline?: boolean;
  useDns?: string;
  version?: Fail2banVersion;
}

const FAILURE_ID_GROUPS = ['fid', 'ip4', 'ip6', 'dns', 'mlfid'];

export function compileRegex(pattern: string, list: RegexList, index: number, opts: CompileOptions = {}): { regex?: CompiledRegex; problem?: RegexProblem } {
  const exp = expandTags(pattern, { useDns: opts.useDns, version: opts.version });
  if (exp.regex.trim() === '') return { problem: { list, index, message: 'Cannot add empty regex', offset: 0 } };
  const t = translatePyRegex(exp.regex, { multiline: opts.multiline });
  if (!t.ok) {
    return { problem: { list, index, message: t.message, offset: exp.toSource(t.offset), unsupported: t.unsupported } };
  }
  return { regex: { pattern, expanded: exp.regex, re: new RegExp(t.source, t.flags), renames: t.renames, groupNames: t.groupNames, multiline: opts.multiline } };
}

export interface CompiledFilter {
  prefregex?: CompiledRegex;
  failregex: CompiledRegex[];
  ignoreregex: CompiledRegex[];
  datepattern?: string;
  maxlines: number;
}

/** Compiles every regex of a filter; a failing regex is reported and left out (fail2ban refuses the filter). */
export function compileFilter(def: FilterDefinition, opts: Omit<CompileOptions, 'multiline'> = {}): { filter: CompiledFilter; problems: RegexProblem[] } {
  const maxlines = Math.max(1, def.maxlines ?? 1);
  const o = { ...opts, multiline: maxlines > 1 };
  const problems: RegexProblem[] = [];
  const filter: CompiledFilter = { failregex: [], ignoreregex: [], datepattern: def.datepattern, maxlines };
  if (def.prefregex !== undefined && def.prefregex.trim() !== '') {
    const r = compileRegex(def.prefregex, 'prefregex', 0, o);
    if (r.problem) problems.push(r.problem);
    else filter.prefregex = r.regex;
  }
  const prefHasId = !!filter.prefregex?.groupNames.some((g) => FAILURE_ID_GROUPS.includes(g));
  def.failregex.forEach((p, i) => {
    const r = compileRegex(p, 'failregex', i, o);
    if (r.problem) problems.push(r.problem);
    else if (!prefHasId && !r.regex!.groupNames.some((g) => FAILURE_ID_GROUPS.includes(g))) {
      problems.push({ list: 'failregex', index: i, message: `No failure-id group in '${p}'`, offset: 0 });
    } else filter.failregex.push(r.regex!);
  });
  def.ignoreregex.forEach((p, i) => {
    const r = compileRegex(p, 'ignoreregex', i, o);
    if (r.problem) problems.push(r.problem);
    else filter.ignoreregex.push(r.regex!);
  });
  return { filter, problems };
}
