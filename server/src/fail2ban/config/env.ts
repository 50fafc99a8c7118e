/**
 * Where fail2ban files resolve for a document: the workspace's fail2ban directory (the one holding the
 * document's `jail.d/`, `filter.d/`, `action.d/` or `jail.local`) layered over
 * `asteriskHarden.fail2ban.configDir`, else /etc/fail2ban when it exists.
 */
import * as path from 'node:path';
import type { AnalysisContext } from '../../engine/rule';
import type { ConfigDirs } from './files';
import type { FilterEnv } from './filter';

const SUBDIRS = new Set(['jail.d', 'filter.d', 'action.d', 'fail2ban.d']);

/** What a fail2ban file is, by its place: it decides which reader applies. */
export type Fail2banFileKind = 'jail' | 'filter' | 'action' | 'daemon' | 'paths';

export function fileKind(file: string): Fail2banFileKind {
  const dir = path.basename(path.dirname(file));
  const base = path.basename(file);
  if (dir === 'filter.d' || /\.d$/.test(dir) && path.basename(path.dirname(path.dirname(file))) === 'filter.d') return 'filter';
  if (dir === 'action.d' || /\.d$/.test(dir) && path.basename(path.dirname(path.dirname(file))) === 'action.d') return 'action';
  if (dir === 'fail2ban.d' || /^fail2ban\.(conf|local)$/.test(base)) return 'daemon';
  if (/^paths-.*\.(conf|local)$/.test(base)) return 'paths';
  return 'jail';
}

/** The fail2ban base directory a workspace file belongs to. */
export function workspaceBase(file: string): string {
  const dir = path.dirname(file);
  if (SUBDIRS.has(path.basename(dir))) return path.dirname(dir);
  // filter.d/asterisk.d/10-x.conf
  const up = path.dirname(dir);
  if (/\.d$/.test(path.basename(dir)) && SUBDIRS.has(path.basename(up))) return path.dirname(up);
  return dir;
}

/** The installed/configured fail2ban directory: settings.fail2ban.configDir, else /etc/fail2ban when it exists. */
export function systemConfigDir(ctx: AnalysisContext): string | undefined {
  const configured = ctx.settings.fail2ban.configDir;
  if (configured) return configured;
  return ctx.fs.isDirectory('/etc/fail2ban') ? '/etc/fail2ban' : undefined;
}

export function configDirsFor(file: string | undefined, ctx: AnalysisContext): ConfigDirs {
  const bases: string[] = [];
  if (file && path.isAbsolute(file)) bases.push(workspaceBase(file));
  const sys = systemConfigDir(ctx);
  if (sys && !bases.includes(path.resolve(sys))) bases.push(path.resolve(sys));
  return { fs: ctx.fs, bases };
}

export function filterEnvFor(file: string | undefined, ctx: AnalysisContext): FilterEnv {
  return { dirs: configDirsFor(file, ctx), version: ctx.settings.fail2ban.version };
}
