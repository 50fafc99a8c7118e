/**
 * `#include` / `#tryinclude` path resolution. Asterisk resolves a relative name against its etc
 * directory (astetcdir), not the including file's directory, and expands it with glob(3)
 * (GLOB_BRACE: `{a,b}`, `*`, `?`, `[...]`), loading matches in sorted order.
 * Without a configured etc directory we use the root document's directory (the usual layout keeps
 * every file in /etc/asterisk), then the including file's own directory.
 */
import * as path from 'node:path';
import type { FileSystemView } from '../../engine/fs';
import { globToRegExp } from '../../engine/glob';

/** Expands `{a,b}` alternatives (nested allowed) into plain patterns. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        const pre = pattern.slice(0, open);
        const post = pattern.slice(i + 1);
        const bounds = [open, ...commas, i];
        const out: string[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) {
          for (const alt of expandBraces(pre + pattern.slice(bounds[k] + 1, bounds[k + 1]) + post)) out.push(alt);
        }
        return out;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [pattern]; // unbalanced: glob(3) treats it literally
}

const MAGIC = /[*?[]/;

/** Files matching an absolute glob pattern (no braces), sorted. */
function matchGlob(fs: FileSystemView, pattern: string): string[] {
  if (!MAGIC.test(pattern)) return fs.isFile(pattern) ? [pattern] : [];
  const parts = pattern.split('/');
  let current = [parts[0] === '' ? '/' : parts[0]];
  for (let i = 1; i < parts.length; i++) {
    const seg = parts[i];
    if (seg === '') continue;
    const last = i === parts.length - 1;
    const next: string[] = [];
    for (const dir of current) {
      if (!MAGIC.test(seg)) {
        const p = path.posix.join(dir, seg);
        if (last ? fs.isFile(p) : fs.isDirectory(p)) next.push(p);
        continue;
      }
      const re = globToRegExp(seg);
      for (const name of fs.readDir(dir) ?? []) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (!re.test(name)) continue;
        const p = path.posix.join(dir, name);
        if (last ? fs.isFile(p) : fs.isDirectory(p)) next.push(p);
      }
    }
    current = next;
    if (!current.length) break;
  }
  return current.sort();
}

export interface IncludeResolution {
  files: string[];
  /** The directories tried, for the not-found message. */
  tried: string[];
}

/** True when `file` looks like a path (not a URI such as `untitled:` or `vscode-vfs://`). */
export function isPathLike(file: string): boolean {
  return path.isAbsolute(file) && !/^[a-z][a-z0-9+.-]+:/i.test(file);
}

export function resolveInclude(fs: FileSystemView, argument: string, rootFile: string, includingFile: string, etcDir: string): IncludeResolution {
  const patterns = expandBraces(argument);
  const bases: string[] = [];
  if (!path.isAbsolute(argument)) {
    if (etcDir) bases.push(path.resolve(etcDir));
    else {
      if (isPathLike(rootFile)) bases.push(path.dirname(rootFile));
      if (isPathLike(includingFile)) bases.push(path.dirname(includingFile));
    }
  } else bases.push('');
  const tried = [...new Set(bases)];
  for (const base of tried) {
    const found: string[] = [];
    for (const p of patterns) {
      const abs = base ? path.resolve(base, p) : path.resolve(p);
      for (const f of matchGlob(fs, abs)) if (!found.includes(f)) found.push(f);
    }
    if (found.length) return { files: found, tried };
  }
  return { files: [], tried };
}
