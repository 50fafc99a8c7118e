import * as path from 'node:path';
import type { FileSystemView } from '../../engine/fs';
import { isPathLike, resolveInclude } from './includes';

const INCLUDE_LINE = /^[ \t]*#(?:try)?include[ \t]+(.+?)[ \t]*(?:;.*)?$/gim;

/**
 * The .conf files that `#include` (or `#tryinclude`) `file`: those beside it, in its parent directory
 * and in the etc directory are looked at (300 files each at most). A fragment continues its includer's
 * section, and a finding about a value it sets may be reported while checking the includer.
 */
export function includersOf(fs: FileSystemView, file: string, etcDir: string | undefined): string[] {
  if (!isPathLike(file)) return [];
  const dirs = new Set([path.dirname(file), path.dirname(path.dirname(file))]);
  if (etcDir) dirs.add(path.resolve(etcDir));
  const out: string[] = [];
  for (const dir of dirs) {
    for (const name of (fs.readDir(dir) ?? []).slice(0, 300)) {
      if (!/\.conf(\.sample)?$/i.test(name)) continue;
      const other = path.join(dir, name);
      if (other === file || out.includes(other)) continue;
      const text = fs.readFile(other);
      if (!text || !text.includes('include')) continue;
      for (const m of text.matchAll(INCLUDE_LINE)) {
        const arg = m[1].replace(/^["<](.*)[">]$/, '$1');
        if (resolveInclude(fs, arg, other, other, etcDir ?? '').files.includes(file)) {
          out.push(other);
          break;
        }
      }
    }
  }
  return out;
}
