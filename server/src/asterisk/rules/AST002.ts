import type { Rule } from '../../engine/rule';
import type { HeaderStmt } from '../config/types';
import type { AsteriskModel } from '../model';
import { edit, fix, problemFindings } from './helpers';

/** `[x] (!)` or `[x](!, tpl)`: Asterisk ignores the options, or looks for a base literally named " tpl". */
export const AST002: Rule<AsteriskModel> = {
  meta: { id: 'AST002', slug: 'header-option-whitespace', severity: 'error', title: 'Whitespace between `]` and `(`, or inside the header option list', fix: 'safe' },
  check: (m, ctx) =>
    problemFindings(m.config, ctx, 'AST002', (p) => {
      const h = p.stmt as HeaderStmt;
      if (h.spaceBeforeOptions) return [fix('Remove the space before the options', 'safe', [edit(p.file, h.spaceBeforeOptions, '')])];
      if (!h.options) return [];
      const cleaned = '(' + h.options.text.slice(1, -1).split(',').map((o) => o.trim()).join(',') + ')';
      return [fix('Remove the whitespace in the option list', 'safe', [edit(p.file, h.options.range, cleaned)])];
    }),
};
