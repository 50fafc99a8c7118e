import type { Rule } from '../../engine/rule';
import type { DirectiveStmt } from '../config/types';
import type { AsteriskModel } from '../model';
import { edit, fix, problemFindings } from './helpers';

/** `#include` whose target matches no file (the including file is then rejected), cycles and depth. */
export const AST006: Rule<AsteriskModel> = {
  meta: { id: 'AST006', slug: 'include-not-found', severity: 'error', title: '`#include` target matches no file', fix: 'review' },
  check: (m, ctx) =>
    problemFindings(m.config, ctx, 'AST006', (p) => {
      const d = p.stmt as DirectiveStmt | undefined;
      if (!d || d.name !== 'include' || !p.fatal) return [];
      return [fix('Use #tryinclude (load nothing when the file is missing)', 'review', [edit(p.file, d.nameRange, '#tryinclude')])];
    }),
};
