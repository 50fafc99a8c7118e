import type { Rule } from '../../engine/rule';
import type { AsteriskModel } from '../model';
import { problemFindings } from './helpers';

/** `(tpl)` or `(+)` naming no section defined above (case-insensitive, includes followed). */
export const AST003: Rule<AsteriskModel> = {
  meta: { id: 'AST003', slug: 'unknown-template', severity: 'error', title: 'A header names a template or section not defined earlier' },
  check: (m, ctx) => problemFindings(m.config, ctx, 'AST003'),
};
