import type { Rule } from '../../engine/rule';
import type { Fail2banModel } from '../model';
import { spanRange } from './shared';

export const F2B001: Rule<Fail2banModel> = {
  meta: { id: 'F2B001', slug: 'unparsable-line', severity: 'error', title: 'Line that is neither header, option, continuation nor comment' },
  check(model) {
    return model.ini.problems.filter((p) => p.kind === 'unparsable').map((p) => ({ message: p.message, range: spanRange(p.span) }));
  },
};
