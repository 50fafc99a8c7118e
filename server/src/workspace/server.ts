/**
 * Which files form one server. A PBX's configuration is spread over `/etc/asterisk`,
 * `/etc/fail2ban` and a firewall script or `/etc/iptables/rules.v4`; the repository's `examples/`
 * mirrors that layout (`asterisk/`, `fail2ban/`, `firewall/`). From any one document we walk up to
 * the directory that holds these siblings, then list each part. Settings name the Asterisk etc dir
 * and the fail2ban dir explicitly when the layout is different.
 */
import * as path from 'node:path';
import type { AnalysisContext } from '../engine/rule';
import { detectLanguage } from '../engine/languages';
import type { LanguageId } from '../engine/types';
import { workspaceBase } from '../fail2ban/config/env';

export interface ServerFiles {
  /** The directory holding the parts (`/etc`, `examples/`), when one was found. */
  root?: string;
  /** Asterisk's etc dir (sip.conf, logger.conf…). */
  asteriskDir?: string;
  /** The fail2ban configuration directory of the workspace (jail.d/, filter.d/…). */
  fail2banDir?: string;
  /** Firewall files: iptables restore files and firewall shell scripts, with their language. */
  firewall: { file: string; language: LanguageId }[];
}

/** How far up from a document we look for the server's root: `/etc/fail2ban/filter.d/x.d/y.conf` is 4 deep. */
const MAX_UP = 4;
/** Sub-directories of the root where firewall files live, besides the root itself. */
const FIREWALL_DIRS = ['firewall', 'iptables', 'scripts', 'network'];

function hasDir(ctx: AnalysisContext, dir: string, name: string): boolean {
  return ctx.fs.isDirectory(path.join(dir, name));
}

/** The nearest ancestor of `file` that holds an `asterisk/` or `fail2ban/` directory. */
export function serverRoot(file: string, ctx: AnalysisContext): string | undefined {
  if (!path.isAbsolute(file)) return undefined;
  let dir = path.dirname(file);
  for (let i = 0; i <= MAX_UP; i++) {
    if (hasDir(ctx, dir, 'asterisk') || hasDir(ctx, dir, 'fail2ban')) return dir;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

function firewallFilesIn(dir: string, ctx: AnalysisContext, out: ServerFiles['firewall'], sniff: boolean): void {
  for (const name of ctx.fs.readDir(dir) ?? []) {
    const p = path.join(dir, name);
    if (!ctx.fs.isFile(p)) continue;
    // Only the first line is needed to recognise an iptables-save file; the root (`/etc` itself) is
    // matched by name only, so its many unrelated files are never read.
    const lang = detectLanguage(p, sniff ? firstLine(ctx, p, name) : undefined, ctx.settings.iptables.shellScriptGlob);
    if ((lang === 'iptables' || lang === 'shellscript') && !out.some((f) => f.file === p)) out.push({ file: p, language: lang });
  }
}

function firstLine(ctx: AnalysisContext, p: string, name: string): string | undefined {
  // Reading every file of /etc just to test its first line would be wasteful: only extension-less
  // files and `.save`/`.rules`-like names can be iptables-save output.
  if (/\.(conf|local|sh|xml|json|ya?ml|pem|key|crt)$/i.test(name)) return undefined;
  const text = ctx.fs.readFile(p);
  if (text === undefined) return undefined;
  const nl = text.search(/\r|\n/);
  return nl === -1 ? text : text.slice(0, nl);
}

function isAsteriskFile(file: string, ctx: AnalysisContext): boolean {
  return detectLanguage(file, undefined, ctx.settings.iptables.shellScriptGlob) === 'asterisk-conf';
}

function isFail2banFile(file: string, ctx: AnalysisContext): boolean {
  return detectLanguage(file, undefined, ctx.settings.iptables.shellScriptGlob) === 'fail2ban-conf';
}

/** The parts of the server `file` belongs to (the document itself included where it fits). */
export function serverFiles(file: string, ctx: AnalysisContext): ServerFiles {
  const root = serverRoot(file, ctx);
  const out: ServerFiles = { firewall: [] };
  if (root) {
    out.root = root;
    if (hasDir(ctx, root, 'asterisk')) out.asteriskDir = path.join(root, 'asterisk');
    if (hasDir(ctx, root, 'fail2ban')) out.fail2banDir = path.join(root, 'fail2ban');
    firewallFilesIn(root, ctx, out.firewall, false);
    for (const d of FIREWALL_DIRS) if (hasDir(ctx, root, d)) firewallFilesIn(path.join(root, d), ctx, out.firewall, true);
  }
  // A document outside such a layout still belongs to its own directory (an opened etc dir).
  if (!out.asteriskDir && path.isAbsolute(file) && ctx.fs.isFile(file) && isAsteriskFile(file, ctx)) out.asteriskDir = path.dirname(file);
  if (!out.fail2banDir && path.isAbsolute(file) && isFail2banFile(file, ctx)) out.fail2banDir = workspaceBase(file);
  if (ctx.settings.asterisk.etcDir) out.asteriskDir = path.resolve(ctx.settings.asterisk.etcDir);
  if (!out.fail2banDir && ctx.settings.fail2ban.configDir) out.fail2banDir = path.resolve(ctx.settings.fail2ban.configDir);
  return out;
}
