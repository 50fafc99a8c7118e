import * as path from 'node:path';
import type { Rule, RuleContext } from '../../engine/rule';
import { buildConfig } from '../config/effective';
import { isPathLike } from '../config/includes';
import { firstSection, isTrue, value } from '../config/query';
import type { AsteriskModel } from '../model';
import { problemFindings } from './helpers';

/** asterisk.conf's `[options] execincludes`, when asterisk.conf can be found (etc dir, else beside the file). */
export function execIncludesEnabled(ctx: RuleContext): boolean | undefined {
  const dir = ctx.settings.asterisk.etcDir || (isPathLike(ctx.doc.file) ? path.dirname(ctx.doc.file) : '');
  if (!dir) return undefined;
  const file = path.join(dir, 'asterisk.conf');
  const text = ctx.fs.readFile(file);
  if (text === undefined) return undefined;
  const options = firstSection(buildConfig({ file, text }), 'options');
  return options ? isTrue(value(options, 'execincludes')) : false;
}

/** `#exec`: runs a program at every load when execincludes=yes (an error then), else ignored. */
export const AST007: Rule<AsteriskModel> = {
  meta: { id: 'AST007', slug: 'exec-directive', severity: 'warning', title: '`#exec` runs a program when the file loads' },
  check: (m, ctx) => {
    const found = problemFindings(m.config, ctx, 'AST007');
    if (found.length && execIncludesEnabled(ctx)) for (const f of found) f.severity = 'error';
    return found;
  },
};
