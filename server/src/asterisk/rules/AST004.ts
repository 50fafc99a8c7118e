import * as path from 'node:path';
import type { Rule, RuleContext } from '../../engine/rule';
import { isPathLike, resolveInclude } from '../config/includes';
import type { AsteriskModel } from '../model';
import { problemFindings } from './helpers';

const INCLUDE_LINE = /^[ \t]*#(?:try)?include[ \t]+(.+?)[ \t]*(?:;.*)?$/gim;

/**
 * A fragment meant to be `#include`d continues its includer's section, so keys before any header
 * are fine there. We treat the document as a fragment when a .conf file beside it, in its parent
 * directory or in the etc directory includes it.
 */
function includedElsewhere(ctx: RuleContext): boolean {
  const file = ctx.doc.file;
  if (!isPathLike(file)) return false;
  const dirs = new Set([path.dirname(file), path.dirname(path.dirname(file))]);
  if (ctx.settings.asterisk.etcDir) dirs.add(path.resolve(ctx.settings.asterisk.etcDir));
  for (const dir of dirs) {
    for (const name of (ctx.fs.readDir(dir) ?? []).slice(0, 300)) {
      if (!/\.conf(\.sample)?$/i.test(name)) continue;
      const other = path.join(dir, name);
      if (other === file) continue;
      const text = ctx.fs.readFile(other);
      if (!text || !text.includes('include')) continue;
      for (const m of text.matchAll(INCLUDE_LINE)) {
        const arg = m[1].replace(/^["<](.*)[">]$/, '$1');
        if (resolveInclude(ctx.fs, arg, other, other, ctx.settings.asterisk.etcDir).files.includes(file)) return true;
      }
    }
  }
  return false;
}

/** `key=value` before the first header: Asterisk rejects the file ("No category context"). */
export const AST004: Rule<AsteriskModel> = {
  meta: { id: 'AST004', slug: 'key-before-section', severity: 'error', title: '`key=value` before the first section header (outside an included file)' },
  check: (m, ctx) => {
    const found = problemFindings(m.config, ctx, 'AST004');
    if (!found.length || includedElsewhere(ctx)) return [];
    return found;
  },
};
