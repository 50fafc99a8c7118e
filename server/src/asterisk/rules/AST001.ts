import type { Rule } from '../../engine/rule';
import type { AsteriskModel } from '../model';
import { problemFindings } from './helpers';

/** Lines Asterisk's parser cannot classify (no `=`, no `]`, unknown directive…), as `main/config.c` reports them. */
export const AST001: Rule<AsteriskModel> = {
  meta: { id: 'AST001', slug: 'unparsable-line', severity: 'error', title: 'A line that is neither a header, a directive, key=value nor a comment' },
  check: (m, ctx) => problemFindings(m.config, ctx, 'AST001'),
};
