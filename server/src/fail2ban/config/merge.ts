/**
 * Several files merged as fail2ban's `SafeConfigParserWithIncludes.read` merges them
 * (configparserinc.py): one DEFAULT dict (later file wins per key), one dict per section updated per
 * option, the overridden values saved in `KNOWN/<section>` (what `%(known/x)s` reads), and conditional
 * sections `[Name?key=val]` folded into `Name` as options `opt?key=val`. Then `get()` with fail2ban's
 * `%(x)s` interpolation, keeping source locations.
 */
import { optionLocations, type IniFile, type IniOption } from './ini';
import { MappedText } from './mapped';

export interface Entry {
  /** Raw value (configparser's `get(raw=True)`). */
  value: string;
  /** Where it was set; undefined for synthetic values (fail2ban_version, built-in defaults). */
  opt?: IniOption;
  mapped?: MappedText;
}

export function entryText(e: Entry): MappedText {
  if (!e.mapped) {
    if (e.opt) {
      const { text, locs } = optionLocations(e.opt);
      e.mapped = MappedText.fromLines(e.opt.file, text, locs);
    } else e.mapped = MappedText.plain(e.value);
  }
  return e.mapped;
}

export interface InterpolationError {
  kind: 'syntax' | 'missing' | 'depth';
  message: string;
  /** The option being read and where the bad reference sits (if known). */
  section: string;
  option: string;
  at?: { file: string; line: number; character: number };
  /** The missing name, for `missing`. */
  name?: string;
}

const CONDITIONAL = /^(\w+)(\?.+)$/;
const SECTION_OPTSUBST = /%\(([\w-]+\/([^)]+))\)s/g;
const SECTION_OPTNAME = /^([\w-]+)\/([^\s>]+)$/;
const KEYCRE = /^%\(([^)]+)\)s/;
const MAX_DEPTH = 10;

export class MergedConfig {
  readonly defaults = new Map<string, Entry>();
  readonly sections = new Map<string, Map<string, Entry>>();
  /** Section name -> every file/line that declares it (for symbols and definitions). */
  readonly declarations = new Map<string, { file: string; line: number }[]>();

  constructor(
    readonly files: string[],
    inis: IniFile[],
  ) {
    for (const ini of inis) this.mergeFile(ini);
  }

  private mergeFile(ini: IniFile): void {
    const fileDefaults = new Map<string, Entry>();
    const fileSections = new Map<string, Map<string, Entry>>();
    for (const sec of ini.sections) {
      const target = sec.name === 'DEFAULT' ? fileDefaults : getOrAdd(fileSections, sec.name);
      for (const o of sec.options) target.set(o.key, { value: o.value, opt: o });
      const decl = this.declarations.get(sec.name) ?? [];
      decl.push({ file: ini.file, line: sec.headerSpan.line });
      this.declarations.set(sec.name, decl);
    }
    for (const [k, v] of fileDefaults) this.defaults.set(k, v);
    for (let [name, s] of fileSections) {
      const cond = CONDITIONAL.exec(name);
      if (cond) {
        name = cond[1];
        s = new Map([...s].map(([k, v]) => [k + cond[2], v]));
      }
      const prev = this.sections.get(name);
      if (prev) {
        const known = getOrAdd(this.sections, 'KNOWN/' + name);
        for (const [k, v] of prev) if (s.has(k)) known.set(k, v);
        for (const [k, v] of s) prev.set(k, v);
      } else this.sections.set(name, new Map(s));
    }
  }

  /** Section names as `ConfigReader.sections()` shows them (KNOWN/* hidden). */
  sectionNames(): string[] {
    return [...this.sections.keys()].filter((n) => !n.startsWith('KNOWN/'));
  }

  has(section: string, option: string): boolean {
    return (section === 'DEFAULT' || this.sections.has(section)) && this.lookup(section, option.toLowerCase(), new Map()) !== undefined;
  }

  /** The raw entry `get(section, option, raw=True)` would read (vars, then section, then DEFAULT). */
  lookup(section: string, option: string, vars: Map<string, Entry>): Entry | undefined {
    return vars.get(option) ?? this.sections.get(section)?.get(option) ?? this.defaults.get(option);
  }

  /**
   * configparser `get(section, option, vars=vars)` with `BasicInterpolationWithName`.
   * Returns undefined when the section or option does not exist. Interpolation errors are collected
   * (fail2ban dies with a traceback on them); the text then keeps the unresolved reference.
   */
  get(section: string, option: string, vars: Map<string, Entry> = new Map(), errors: InterpolationError[] = []): MappedText | undefined {
    if (section !== 'DEFAULT' && !this.sections.has(section)) return undefined;
    const key = option.toLowerCase();
    const e = this.lookup(section, key, vars);
    if (!e) return undefined;
    return this.interpolate(section, key, entryText(e), vars, errors, 1);
  }

  /** fail2ban's `get_ex`: `sec/opt`, `default/opt`, `known/opt` names, else `get(section, option, vars)`. */
  getEx(section: string, option: string, vars: Map<string, Entry>, errors: InterpolationError[] = []): MappedText | undefined {
    const m = option.includes('/') ? SECTION_OPTNAME.exec(option) : null;
    if (m) {
      const lw = m[1].toLowerCase();
      const secs = lw === 'known' ? ['KNOWN/' + section, section] : [lw === 'default' ? 'DEFAULT' : m[1]];
      for (const s of secs) {
        const v = this.get(s, m[2], new Map(), errors);
        if (v !== undefined) return v;
      }
    }
    return this.get(section, option, vars, errors);
  }

  private interpolate(section: string, option: string, rest: MappedText, vars: Map<string, Entry>, errors: InterpolationError[], depth: number): MappedText {
    if (depth > MAX_DEPTH) {
      errors.push({ kind: 'depth', section, option, at: rest.locAt(0), message: `interpolation of '${option}' in [${section}] nests deeper than ${MAX_DEPTH} levels (a reference loop?); fail2ban stops with InterpolationDepthError.` });
      return rest;
    }
    // fail2ban re-maps `%(sec/opt)s` and `__name__` at every level (its `__name__ in map` test never holds).
    const map = new Map(vars);
    map.set('__name__', { value: section });
    this.mapSectionOptions(section, rest.text, map);
    const parts: MappedText[] = [];
    let i = 0;
    const text = rest.text;
    while (i < text.length) {
      const p = text.indexOf('%', i);
      if (p < 0) {
        parts.push(rest.slice(i));
        break;
      }
      if (p > i) parts.push(rest.slice(i, p));
      const c = text[p + 1];
      if (c === '%') {
        parts.push(rest.slice(p, p + 1));
        i = p + 2;
        continue;
      }
      if (c === '(') {
        const m = KEYCRE.exec(text.slice(p));
        if (!m) {
          errors.push({ kind: 'syntax', section, option, at: rest.locAt(p), message: `bad interpolation reference '${text.slice(p, p + 20)}': write %(name)s, or %% for a literal %. fail2ban stops with InterpolationSyntaxError.` });
          parts.push(rest.slice(p));
          break;
        }
        const name = m[1].toLowerCase();
        const ref = map.get(name) ?? this.sections.get(section)?.get(name) ?? this.defaults.get(name);
        if (!ref) {
          errors.push({ kind: 'missing', section, option, name, at: rest.locAt(p), message: `%(${m[1]})s names no option reachable from [${section}] (jail/filter options, the section, [DEFAULT]); fail2ban stops with InterpolationMissingOptionError.` });
          parts.push(rest.slice(p, p + m[0].length));
        } else {
          const v = entryText(ref);
          parts.push(v.text.includes('%') ? this.interpolate(section, option, v, vars, errors, depth + 1) : v);
        }
        i = p + m[0].length;
        continue;
      }
      errors.push({ kind: 'syntax', section, option, at: rest.locAt(p), message: `a lone '%' must be written '%%' (or %(name)s for a reference); fail2ban stops with InterpolationSyntaxError.` });
      parts.push(rest.slice(p, p + 1));
      i = p + 1;
    }
    return MappedText.concat(parts);
  }

  /** `_map_section_options`: raw values for `%(sec/opt)s`, `%(default/opt)s`, `%(known/opt)s` (fallback DEFAULT). */
  private mapSectionOptions(section: string, rest: string, map: Map<string, Entry>): void {
    if (!rest.includes('/') || !rest.includes('%(')) return;
    for (const m of rest.matchAll(SECTION_OPTSUBST)) {
      const sopt = m[1];
      const opt = m[2];
      if (map.has(sopt) || this.sections.get(section)?.has(sopt) || this.defaults.has(sopt)) continue;
      const sec = sopt.slice(0, sopt.length - opt.length - 1);
      const lw = sec.toLowerCase();
      let v: Entry | undefined;
      if (lw === 'known') v = this.sections.get('KNOWN/' + section)?.get(opt) ?? this.defaults.get(opt);
      else if (lw === 'default') v = this.defaults.get(opt);
      else {
        const s = this.sections.get(sec);
        if (!s) continue;
        v = s.get(opt) ?? this.defaults.get(opt);
      }
      if (v) map.set(sopt, v);
    }
  }
}

function getOrAdd<K, V>(m: Map<K, Map<string, V>>, k: K): Map<string, V> {
  let v = m.get(k);
  if (!v) m.set(k, (v = new Map()));
  return v;
}
