/**
 * Which files fail2ban reads for a logical name (`jail`, `filter.d/asterisk`, `action.d/iptables`),
 * in which order (configreader.py `ConfigReaderUnshared.read`, configparserinc.py `_getIncludes`):
 *   X.conf, X.d/*.conf, X.local, X.d/*.local, each preceded/followed by its [INCLUDES] before/after
 *   (one file per line, relative to the including file, each with its own .local right after it).
 *
 * Several base directories may be layered (the workspace's fail2ban directory over
 * `asteriskHarden.fail2ban.configDir` or /etc/fail2ban): a relative path resolves to the first base that
 * has it, so a workspace holding only `filter.d/asterisk.local` still extends the installed filter.
 */
import * as path from 'node:path';
import type { FileSystemView } from '../../engine/fs';
import { parseIni, type IniFile } from './ini';

export interface ConfigDirs {
  fs: FileSystemView;
  /** Base directories, highest priority first. */
  bases: string[];
}

const cache = new Map<string, { text: string; ini: IniFile }>();
const CACHE_MAX = 400;

/** Parses a file through the file view, re-using the last parse while the text is unchanged. */
export function readIni(fs: FileSystemView, file: string): IniFile | undefined {
  const text = fs.readFile(file);
  if (text === undefined) return undefined;
  const hit = cache.get(file);
  if (hit && hit.text === text) return hit.ini;
  const ini = parseIni(file, text);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(file, { text, ini });
  return ini;
}

/** The first existing file for `rel` across the bases (absolute paths are taken as they are). */
export function resolveRel(dirs: ConfigDirs, rel: string): string | undefined {
  if (path.isAbsolute(rel)) return dirs.fs.isFile(rel) ? rel : undefined;
  for (const b of dirs.bases) {
    const p = path.join(b, rel);
    if (dirs.fs.isFile(p)) return p;
  }
  return undefined;
}

/** The path of `file` relative to the base that holds it, for layered lookups of its neighbours. */
function relOf(dirs: ConfigDirs, file: string): string | undefined {
  for (const b of dirs.bases) {
    const r = path.relative(b, file);
    if (r && !r.startsWith('..') && !path.isAbsolute(r)) return r;
  }
  return undefined;
}

function listDir(dirs: ConfigDirs, rel: string, ext: string): string[] {
  const names = new Set<string>();
  for (const b of dirs.bases) for (const n of dirs.fs.readDir(path.join(b, rel)) ?? []) if (n.endsWith(ext)) names.add(n);
  // Python sorts full paths in code-point order; within one directory that is the names' order.
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => path.join(rel, n));
}

/** `X.conf`, `X.d/*.conf`, `X.local`, `X.d/*.local`: the existing ones, as absolute paths. */
export function mainFiles(dirs: ConfigDirs, name: string): string[] {
  const rels = [`${name}.conf`, ...listDir(dirs, `${name}.d`, '.conf'), `${name}.local`, ...listDir(dirs, `${name}.d`, '.local')];
  const out: string[] = [];
  for (const r of rels) {
    const p = resolveRel(dirs, r);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/** Resolves a path that a file names relative to its own directory, through the layers. */
export function resolveBeside(dirs: ConfigDirs, fromFile: string, name: string): string | undefined {
  if (path.isAbsolute(name)) return dirs.fs.isFile(name) ? name : undefined;
  const direct = path.join(path.dirname(fromFile), name);
  if (dirs.fs.isFile(direct)) return direct;
  const rel = relOf(dirs, fromFile);
  return rel !== undefined ? resolveRel(dirs, path.join(path.dirname(rel), name)) : undefined;
}

/** The `.local` companion of a `.conf`, through the layers. */
function localOf(dirs: ConfigDirs, file: string): string | undefined {
  if (!file.endsWith('.conf')) return undefined;
  const direct = file.slice(0, -5) + '.local';
  if (dirs.fs.isFile(direct)) return direct;
  const rel = relOf(dirs, direct);
  return rel !== undefined ? resolveRel(dirs, rel) : undefined;
}

export interface IncludeRef {
  /** The including file and the value line that names the include. */
  from: string;
  line: number;
  start: number;
  end: number;
  name: string;
  resolved: string | undefined;
  kind: 'before' | 'after';
}

/** The read order for a list of files, includes expanded, and every include reference met. */
export function expandIncludes(dirs: ConfigDirs, files: string[], refs: IncludeRef[] = []): string[] {
  return expandList(dirs, files, [], refs);
}

function expandList(dirs: ConfigDirs, files: string[], seen: string[], refs: IncludeRef[]): string[] {
  const withLocal: string[] = [];
  for (const f of files) {
    withLocal.push(f);
    const local = localOf(dirs, f);
    if (local && !files.includes(local) && !withLocal.includes(local)) withLocal.push(local);
  }
  const out: string[] = [];
  for (const f of withLocal) out.push(...expandOne(dirs, f, seen, refs));
  return out;
}

function expandOne(dirs: ConfigDirs, file: string, seen: string[], refs: IncludeRef[]): string[] {
  const ini = readIni(dirs.fs, file);
  if (!ini) return [];
  const before: string[] = [];
  const after: string[] = [];
  const inc = ini.sections.filter((s) => s.name === 'INCLUDES');
  for (const kind of ['before', 'after'] as const) {
    // The last one wins within a file, as in the parser's dict.
    const opt = inc.flatMap((s) => s.options).filter((o) => o.key === kind).pop();
    if (!opt) continue;
    for (const l of opt.lines) {
      if (!l.text) continue;
      const resolved = resolveBeside(dirs, file, l.text);
      refs.push({ from: file, line: l.line, start: l.start, end: l.end, name: l.text, resolved, kind });
      if (!resolved || seen.includes(resolved)) continue;
      (kind === 'before' ? before : after).push(...expandList(dirs, [resolved], [...seen, file], refs));
    }
  }
  return [...before, file, ...after];
}
