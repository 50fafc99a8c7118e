/**
 * What the fail2ban rules and services see for one document: its own parse (exact ranges), what kind
 * of fail2ban file it is, and, on demand, the merged view fail2ban would build from it and its
 * neighbours (jails for jail files, the resolved filter for filter files). The document's current text
 * is laid over the file view so an unsaved buffer is what gets resolved.
 */
import * as path from 'node:path';
import type { FileSystemView } from '../engine/fs';
import type { AnalysisContext, SourceDoc } from '../engine/rule';
import { fileKind, filterEnvFor, type Fail2banFileKind } from './config/env';
import type { FilterEnv, ResolvedFilter } from './config/filter';
import { parseIni, type IniFile } from './config/ini';
import { mainFiles, expandIncludes } from './config/files';
import { resolveFilter } from './config/filter';
import { resolveJails, type ResolvedJails } from './config/jail';

export interface Fail2banModel {
  file: string;
  kind: Fail2banFileKind;
  ini: IniFile;
  env: FilterEnv;
  /** Jails fail2ban would build with this document in place (jail and paths files). Cached. */
  jails(): ResolvedJails;
  /** The filter this document belongs to, resolved as fail2ban-regex would (filter files). Cached. */
  filter(): ResolvedFilter | undefined;
}

/** The file view with this document's text in place of what is on disk. */
class DocOverlay implements FileSystemView {
  constructor(
    private readonly base: FileSystemView,
    private readonly file: string,
    private readonly text: string,
  ) {}
  readFile(p: string): string | undefined {
    return p === this.file ? this.text : this.base.readFile(p);
  }
  isFile(p: string): boolean {
    return p === this.file || this.base.isFile(p);
  }
  isDirectory(p: string): boolean {
    return this.base.isDirectory(p);
  }
  readDir(p: string): string[] | undefined {
    const names = this.base.readDir(p);
    if (path.dirname(this.file) !== p) return names;
    const set = new Set(names ?? []);
    set.add(path.basename(this.file));
    return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

export function parseFail2ban(doc: SourceDoc, ctx: AnalysisContext): Fail2banModel {
  const ini = parseIni(doc.file, doc.text);
  const env0 = filterEnvFor(doc.file, ctx);
  const env: FilterEnv = { ...env0, dirs: { ...env0.dirs, fs: new DocOverlay(ctx.fs, doc.file, doc.text) } };
  const kind = fileKind(doc.file);
  let jails: ResolvedJails | undefined;
  let filter: { v: ResolvedFilter | undefined } | undefined;
  return {
    file: doc.file,
    kind,
    ini,
    env,
    jails() {
      if (!jails) {
        const std = expandIncludes(env.dirs, mainFiles(env.dirs, 'jail'));
        jails = resolveJails(env, kind === 'jail' && !std.includes(doc.file) ? [doc.file] : []);
      }
      return jails;
    },
    filter() {
      if (!filter) filter = { v: kind === 'filter' ? resolveFilter(doc.file, {}, env) : undefined };
      return filter.v;
    },
  };
}
