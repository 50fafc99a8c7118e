import type { Rule } from '../../engine/rule';
import type { Fail2banModel } from '../model';
import { spanRange } from './shared';

export const F2B003: Rule<Fail2banModel> = {
  meta: { id: 'F2B003', slug: 'duplicate-option', severity: 'error', title: 'Same option (or section) twice in one file: fail2ban refuses the file' },
  check(model) {
    return model.ini.problems
      .filter((p) => p.kind === 'duplicate-option' || p.kind === 'duplicate-section')
      .map((p) => ({
        message: p.message,
        range: spanRange(p.span),
        ...(p.first ? { related: [{ file: model.file, range: spanRange(p.first), message: 'first set here' }] } : {}),
      }));
  },
};
