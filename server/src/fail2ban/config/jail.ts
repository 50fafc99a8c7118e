/**
 * Jails as fail2ban's JailsReader/JailReader see them (jailsreader.py, jailreader.py): the `jail`
 * files merged (jail.conf, jail.d/*.conf, jail.local, jail.d/*.local and their includes), every
 * section but INCLUDES a jail, each option read with `%(x)s` interpolation against the jail section and
 * [DEFAULT]. Each effective option remembers the line that set it, so rules can point there.
 */
import * as path from 'node:path';
import { expandIncludes, mainFiles, readIni, type ConfigDirs, type IncludeRef } from './files';
import type { IniFile, IniOption } from './ini';
import type { MappedText } from './mapped';
import { MergedConfig, type Entry, type InterpolationError } from './merge';
import { extractOptions, splitWithOptions } from './options';
import { resolveFilter, type FilterEnv, type ResolvedFilter } from './filter';
import { builtinJailDefaults } from './defaults';

export interface JailOption {
  key: string;
  /** Interpolated value (`%(x)s` resolved; `<tags>` stay, fail2ban substitutes them in actions/filters). */
  value: string;
  mapped: MappedText;
  /** The configuration line that set it (in the jail's own section or [DEFAULT]); undefined for built-in defaults. */
  setBy: IniOption | undefined;
  /** True when the value comes from [DEFAULT] (or a built-in default), not the jail's own section. */
  fromDefault: boolean;
}

export interface JailAction {
  name: string;
  options: Record<string, string>;
  text: string;
  error?: string;
}

export interface ResolvedJail {
  name: string;
  /** Every file/line with a `[name]` header, in read order. */
  declarations: { file: string; line: number }[];
  /** Effective value of an option (jail section, then DEFAULT), or undefined. */
  get(key: string): JailOption | undefined;
  /** Every option key visible in the jail (its own and DEFAULT's). */
  keys(): string[];
  /** Own (non-DEFAULT) option keys. */
  ownKeys(): string[];
  enabled: boolean;
  /** `filter = name[opt=val]` split as fail2ban splits it; undefined when `filter` is empty. */
  filterSpec(): { name: string; options: Record<string, string>; error?: string } | undefined;
  /** The filter resolved with the jail's options (undefined when it cannot be found). Computed on demand. */
  filter(): ResolvedFilter | undefined;
  actions(): JailAction[];
  /** Every interpolation error met so far by `get` (in the order values were read). */
  interpolationErrors: InterpolationError[];
  /** The interpolation errors of reading `key` in this jail (fail2ban would refuse the jail on these). */
  errorsOf(key: string): InterpolationError[];
}

export interface ResolvedJails {
  files: string[];
  config: MergedConfig;
  jails: ResolvedJail[];
  includes: IncludeRef[];
  inis: IniFile[];
  /** True when no jail.conf was found and fail2ban's stock [DEFAULT] values were assumed. */
  builtinDefaults: boolean;
}

const TRUE = new Set(['true', 'yes', '1', 'on']);

export function parseBool(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const l = v.trim().toLowerCase();
  if (TRUE.has(l)) return true;
  if (['false', 'no', '0', 'off'].includes(l)) return false;
  return undefined;
}

/**
 * Resolves every jail. `extraFiles` (e.g. an open document not in the standard layout) are read after
 * the standard files, as if they were jail.d/*.local.
 */
export function resolveJails(env: FilterEnv, extraFiles: string[] = []): ResolvedJails {
  const dirs: ConfigDirs = env.dirs;
  const includes: IncludeRef[] = [];
  const main = mainFiles(dirs, 'jail');
  for (const f of extraFiles) if (!main.includes(f)) main.push(f);
  const files = expandIncludes(dirs, main, includes);
  const inis = files.map((f) => readIni(dirs.fs, f)).filter((x): x is IniFile => !!x);
  const cfg = new MergedConfig(files, inis);
  const hasJailConf = files.some((f) => path.basename(f) === 'jail.conf');
  if (!hasJailConf) {
    for (const [k, v] of Object.entries(builtinJailDefaults(env.version))) if (!cfg.defaults.has(k)) cfg.defaults.set(k, { value: v });
  }
  const confpath = dirs.bases[dirs.bases.length - 1] ?? '/etc/fail2ban';
  cfg.defaults.set('fail2ban_version', { value: env.version === '1.0' ? '1.0.2' : '1.1.0' });
  cfg.defaults.set('fail2ban_confpath', { value: confpath });
  const jails = cfg
    .sectionNames()
    .filter((n) => n !== 'INCLUDES' && n !== 'DEFAULT')
    .map((n) => makeJail(n, cfg, env));
  return { files, config: cfg, jails, includes, inis, builtinDefaults: !hasJailConf };
}

function makeJail(name: string, cfg: MergedConfig, env: FilterEnv): ResolvedJail {
  const errors: InterpolationError[] = [];
  const memo = new Map<string, { opt: JailOption | undefined; errors: InterpolationError[] }>();
  const compute = (key: string) => {
    const k = key.toLowerCase();
    let m = memo.get(k);
    if (!m) {
      const own = cfg.sections.get(name)?.get(k);
      const e: Entry | undefined = own ?? cfg.defaults.get(k);
      const errs: InterpolationError[] = [];
      let r: JailOption | undefined;
      if (e) {
        const mapped = cfg.get(name, k, new Map(), errs)!;
        r = { key: k, value: mapped.text, mapped, setBy: e.opt, fromDefault: !own };
      }
      errors.push(...errs);
      memo.set(k, (m = { opt: r, errors: errs }));
    }
    return m;
  };
  const get = (key: string): JailOption | undefined => compute(key).opt;
  let filterMemo: { v: ResolvedFilter | undefined } | undefined;
  const jail: ResolvedJail = {
    name,
    declarations: cfg.declarations.get(name) ?? [],
    get,
    keys: () => [...new Set([...(cfg.sections.get(name)?.keys() ?? []), ...cfg.defaults.keys()])],
    ownKeys: () => [...(cfg.sections.get(name)?.keys() ?? [])],
    enabled: parseBool(get('enabled')?.value) ?? false,
    filterSpec: () => {
      const f = get('filter')?.value.trim();
      if (!f) return undefined;
      const x = extractOptions(f);
      return { name: x.name, options: x.options, ...(x.error ? { error: x.error } : {}) };
    },
    filter: () => {
      if (!filterMemo) {
        const spec = jail.filterSpec();
        filterMemo = { v: spec && !spec.error ? resolveFilter(spec.name, spec.options, { ...env, backend: get('backend')?.value ?? 'auto' }) : undefined };
      }
      return filterMemo.v;
    },
    actions: () => {
      const a = get('action')?.value ?? '';
      return splitWithOptions(a)
        .map((p) => p.text.trim())
        .filter((t) => t)
        .map((t) => {
          const x = extractOptions(t);
          return { name: x.name.trim(), options: x.options, text: t, ...(x.error ? { error: x.error } : {}) };
        });
    },
    interpolationErrors: errors,
    errorsOf: (key) => compute(key).errors,
  };
  return jail;
}
