import type { Rule } from '../../engine/rule';
import type { Fail2banModel } from '../model';
import { spanRange } from './shared';

export const F2B002: Rule<Fail2banModel> = {
  meta: { id: 'F2B002', slug: 'option-before-section', severity: 'error', title: 'Option before any [section]' },
  check(model) {
    return model.ini.problems.filter((p) => p.kind === 'option-before-section').map((p) => ({ message: p.message, range: spanRange(p.span) }));
  },
};
