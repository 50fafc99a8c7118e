import type { Rule } from '../../engine/rule';
import type { AsteriskModel } from '../model';
import { edit, fix, problemFindings } from './helpers';

/** `;--` never closed (the rest of the file is ignored), or a stray `--;` (the following lines are). */
export const AST005: Rule<AsteriskModel> = {
  meta: { id: 'AST005', slug: 'unclosed-block-comment', severity: 'warning', title: 'A `;--` block comment is never closed (or a `--;` closes nothing)', fix: 'review' },
  check: (m, ctx) =>
    problemFindings(m.config, ctx, 'AST005', (p) => {
      if (!p.message.startsWith('Block comment')) return [];
      // Close the comment at the end of its opening line: the author decides whether it should span more.
      const line = p.range.start.line;
      const end = ctx.lines.lineText(line).length;
      return [fix('Close the block comment on this line', 'review', [edit(p.file, { start: { line, character: end }, end: { line, character: end } }, ' --;')])];
    }),
};
