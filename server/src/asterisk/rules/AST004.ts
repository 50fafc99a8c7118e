import type { Rule } from '../../engine/rule';
import { includersOf } from '../config/includers';
import type { AsteriskModel } from '../model';
import { problemFindings } from './helpers';

/** `key=value` before the first header: Asterisk rejects the file ("No category context"). */
export const AST004: Rule<AsteriskModel> = {
  meta: { id: 'AST004', slug: 'key-before-section', severity: 'error', title: '`key=value` before the first section header (outside an included file)' },
  check: (m, ctx) => {
    const found = problemFindings(m.config, ctx, 'AST004');
    // a fragment meant to be #include'd continues its includer's section: keys before a header are fine
    if (!found.length || includersOf(ctx.fs, ctx.doc.file, ctx.settings.asterisk.etcDir).length) return [];
    return found;
  },
};
