/**
 * A filter resolved as fail2ban's FilterReader resolves it (configreader.py `DefinitionInitConfigReader`,
 * filterreader.py): read the files, take `[Definition]` options with the jail-given options as `%()s`
 * vars, add `[Init]` options (given options win), substitute `<tag>`s, split the regex lists.
 * The result keeps a source map for every expanded regex line (F2B201 points into the right file).
 */
import * as path from 'node:path';
import { expandIncludes, mainFiles, readIni, type ConfigDirs, type IncludeRef } from './files';
import type { IniFile } from './ini';
import { MappedText, type SourceLoc } from './mapped';
import { entryText, MergedConfig, type Entry, type InterpolationError } from './merge';
import { substituteTags } from './tags';

export interface FilterEnv {
  dirs: ConfigDirs;
  /** fail2ban behaviour to reproduce (settings.fail2ban.version). */
  version: '1.0' | '1.1';
  /** The jail's backend: `systemd*` gives `logtype = journal`, anything else `file` (applyAutoOptions). Default `auto`. */
  backend?: string;
}

/** One expanded value line: regex tags (`<HOST>`, `<F-…>`, `<SKIPLINES>`) left in place as fail2ban leaves them. */
export interface ResolvedLine {
  text: string;
  /** Column i of `text` -> file/line/column of the configuration it came from. */
  map: MappedText;
  /** Where the line starts in the configuration (first located character). */
  origin: SourceLoc | undefined;
}

export interface ConfigProblem {
  message: string;
  at?: SourceLoc;
}

export interface ResolvedFilter {
  /** The logical name (`asterisk`) or the file given. */
  name: string;
  /** The filter's main file (`filter.d/<name>.conf`, else `.local`, else the file given). */
  file: string | undefined;
  /** Files read, in fail2ban's order (includes and .local expanded). */
  files: string[];
  failregex: ResolvedLine[];
  ignoreregex: ResolvedLine[];
  prefregex: ResolvedLine | undefined;
  /** The whole value; several patterns are separated by '\n'. */
  datepattern: ResolvedLine | undefined;
  maxlines: number | undefined;
  journalmatch: string[];
  usedns: string | undefined;
  /** Every combined option (`[Definition]` options read, `[Init]`, given options, `known/*`), tags substituted. */
  options: Map<string, MappedText>;
  /** Options passed in (jail-given or `name[opt=val]`), plus the auto `logtype`. */
  given: Record<string, string>;
  config: MergedConfig;
  includes: IncludeRef[];
  /** Interpolation, tag and file problems (fail2ban would refuse or crash on these). */
  problems: ConfigProblem[];
  interpolationErrors: InterpolationError[];
  inis: IniFile[];
}

/** The options a FilterReader reads from `[Definition]` (filterreader.py `_configOpts`). */
export const FILTER_CONFIG_OPTS = ['usedns', 'prefregex', 'ignoreregex', 'failregex', 'maxlines', 'datepattern', 'journalmatch'] as const;

const CONDITIONAL = /^(\w+)(\?.+)$/;

/** The files a filter reads: by logical name through the layered dirs, or a file (in a `filter.d/` dir: by name). */
export function filterFiles(nameOrFile: string, dirs: ConfigDirs, refs: IncludeRef[] = []): { files: string[]; main: string | undefined; name: string; dirs: ConfigDirs } {
  let name = nameOrFile;
  let d = dirs;
  if (nameOrFile.includes('/') || /\.(conf|local)$/.test(nameOrFile)) {
    const abs = path.resolve(nameOrFile);
    if (path.basename(path.dirname(abs)) === 'filter.d') {
      const base = path.dirname(path.dirname(abs));
      d = { fs: dirs.fs, bases: [base, ...dirs.bases.filter((b) => b !== base)] };
      name = path.basename(abs).replace(/\.(conf|local)$/, '');
    } else {
      // A foreign file: fail2ban-regex reads it alone, with its includes and its .local.
      const files = dirs.fs.isFile(abs) ? expandIncludes(dirs, [abs], refs) : [];
      return { files, main: dirs.fs.isFile(abs) ? abs : undefined, name: nameOrFile, dirs };
    }
  }
  const main = mainFiles(d, `filter.d/${name}`);
  return { files: expandIncludes(d, main, refs), main: main[0], name, dirs: d };
}

function given(v: string | MappedText): Entry {
  return typeof v === 'string' ? { value: v } : { value: v.text, mapped: v };
}

/**
 * Resolves a filter. `options` are the jail-given options (`filter = name[opt=val]`, and for a jail the
 * jail's own options as fail2ban passes them). Returns undefined when no file of the filter exists.
 */
export function resolveFilter(nameOrFile: string, options: Record<string, string | MappedText>, env: FilterEnv): ResolvedFilter | undefined {
  const includes: IncludeRef[] = [];
  const ff = filterFiles(nameOrFile, env.dirs, includes);
  if (!ff.files.length) return undefined;
  const inis = ff.files.map((f) => readIni(env.dirs.fs, f)).filter((x): x is IniFile => !!x);
  const cfg = new MergedConfig(ff.files, inis);
  const problems: ConfigProblem[] = [];
  for (const ini of inis) {
    for (const p of ini.problems) problems.push({ message: `${path.basename(ini.file)}: ${p.message}`, at: { file: ini.file, line: p.span.line, character: p.span.start } });
  }
  const errors: InterpolationError[] = [];
  // initOpts: the given options, then applyAutoOptions' logtype.
  const initOpts = new Map<string, Entry>();
  for (const [k, v] of Object.entries(options)) initOpts.set(k, given(v));
  if (!initOpts.get('logtype')?.value && !cfg.sections.get('Definition')?.has('logtype')) {
    initOpts.set('logtype', { value: (env.backend ?? 'auto').startsWith('systemd') ? 'journal' : 'file' });
  }
  const pOpts = new Map(initOpts);
  const opts = new Map<string, MappedText>();
  if (cfg.sections.has('Definition')) {
    for (const o of FILTER_CONFIG_OPTS) {
      if (pOpts.has(o)) continue;
      const v = cfg.get('Definition', o, pOpts, errors);
      if (v !== undefined) opts.set(o, v);
    }
  } else {
    problems.push({ message: `filter '${ff.name}' has no [Definition] section, so it defines no failregex.`, at: ff.main ? { file: ff.main, line: 0, character: 0 } : undefined });
  }
  const init = cfg.sections.get('Init');
  if (init) {
    for (const opt of init.keys()) {
      if (opt === '__name__') continue;
      let v: MappedText | undefined;
      if (!opt.startsWith('known/')) {
        v = cfg.get('Init', opt, new Map(), errors);
        if (v) initOpts.set('known/' + opt, { value: v.text, mapped: v });
      }
      if (!initOpts.has(opt)) {
        v ??= cfg.get('Init', opt, new Map(), errors);
        if (v) initOpts.set(opt, { value: v.text, mapped: v });
      }
    }
  }
  const combined = new Map<string, MappedText>(opts);
  for (const [k, e] of initOpts) combined.set(k, entryText(e));
  const ignore = new Set<string>();
  for (const n of combined.keys()) {
    const c = CONDITIONAL.exec(n);
    if (c) ignore.add(c[1]);
  }
  const comb = new Map<string, MappedText | undefined>();
  const addrepl = (tag: string): MappedText | undefined => {
    if (!comb.has(tag)) comb.set(tag, cfg.getEx('Definition', tag, pOpts, errors));
    return comb.get(tag);
  };
  const tagErrors: { tag: string; message: string }[] = [];
  const out = substituteTags(combined, { ignore, addrepl }, tagErrors);
  for (const t of tagErrors) problems.push({ message: t.message, at: combined.get(t.tag)?.locAt(0) });
  for (const e of errors) problems.push({ message: e.message, at: e.at });

  const lines = (v: MappedText | undefined): ResolvedLine[] =>
    v ? v.splitLines().filter((l) => l.text !== '').map((l) => ({ text: l.text, map: l, origin: l.locAt(0) })) : [];
  const one = (v: MappedText | undefined): ResolvedLine | undefined => (v ? { text: v.text, map: v, origin: v.locAt(0) } : undefined);
  const prefregex = out.get('prefregex');
  const maxlinesText = out.get('maxlines')?.text;
  const maxlines = maxlinesText !== undefined && /^\s*[+-]?\d+\s*$/.test(maxlinesText) ? parseInt(maxlinesText, 10) : undefined;
  return {
    name: ff.name,
    file: ff.main,
    files: ff.files,
    failregex: lines(out.get('failregex')),
    ignoreregex: lines(out.get('ignoreregex')),
    prefregex: prefregex && prefregex.text !== '' ? one(prefregex) : undefined,
    datepattern: one(out.get('datepattern')),
    maxlines,
    journalmatch: (out.get('journalmatch')?.text ?? '').split('\n').filter((l) => l !== ''),
    usedns: out.get('usedns')?.text,
    options: out,
    given: Object.fromEntries([...pOpts].map(([k, e]) => [k, e.value])),
    config: cfg,
    includes,
    problems,
    interpolationErrors: errors,
    inis,
  };
}
