import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../engine/languages';
import type { LanguageId } from '../engine/types';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export interface WalkedFile {
  file: string;
  language: LanguageId;
}

/**
 * The files to check: each PATH that is a file is checked whatever its name (its language comes
 * from the associations, with the directory of the path as a hint); directories are walked for
 * files the extension recognises.
 */
export function collectFiles(paths: string[], shellScriptGlob: (file: string) => string, errors: string[], cwd = process.cwd()): WalkedFile[] {
  const out: WalkedFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean, given = file) => {
    const abs = path.resolve(file);
    if (seen.has(abs)) return;
    const language = languageOf(abs, shellScriptGlob(abs)) ?? (explicit ? guessExplicit(abs) : undefined);
    if (!language) {
      if (explicit) errors.push(`${given}: not a file asterisk-harden recognises (Asterisk .conf, fail2ban .conf/.local, iptables rules or firewall script)`);
      return;
    }
    seen.add(abs);
    out.push({ file: abs, language });
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(path.resolve(cwd, p));
    } catch {
      errors.push(`${p}: no such file or directory`);
      continue;
    }
    if (st.isDirectory()) walkDir(path.resolve(cwd, p), (f) => add(f, false));
    else add(path.resolve(cwd, p), true, p);
  }
  return out;
}

function walkDir(dir: string, visit: (file: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walkDir(p, visit);
    } else if (e.isFile()) visit(p);
  }
}

function firstLine(file: string): string | undefined {
  try {
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(200);
    const n = fs.readSync(fd, buf, 0, 200, 0);
    fs.closeSync(fd);
    return buf.subarray(0, n).toString('utf8').split(/\r?\n/)[0];
  } catch {
    return undefined;
  }
}

function languageOf(file: string, glob: string): LanguageId | undefined {
  return detectLanguage(file, firstLine(file), glob);
}

/**
 * A file named explicitly but not matched by the associations: `.conf` files are Asterisk's
 * unless they look like fail2ban's (an `[INCLUDES]`/`[Definition]` section), `.sh` files are scripts.
 */
function guessExplicit(file: string): LanguageId | undefined {
  if (/\.sh$/.test(file)) return 'shellscript';
  if (/\.(conf|local|sample)$/.test(file)) {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8').slice(0, 20000);
    } catch {
      return undefined;
    }
    if (/^\s*\[(INCLUDES|Definition|Init)\]/m.test(text) || /\.local$/.test(file)) return 'fail2ban-conf';
    return 'asterisk-conf';
  }
  if (/^\*(filter|nat|mangle|raw|security)\s*$/m.test(firstLine(file) ?? '')) return 'iptables';
  return undefined;
}
