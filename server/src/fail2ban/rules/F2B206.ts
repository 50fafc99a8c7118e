import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { templatesFor } from '../dates/detector';
import { wholeLine } from './filterShared';

export const F2B206: Rule<Fail2banModel> = {
  meta: { id: 'F2B206', slug: 'datepattern-invalid', severity: 'error', title: 'A datepattern fail2ban cannot use' },
  check(model) {
    if (model.kind !== 'filter') return [];
    const dp = model.filter()?.datepattern;
    if (!dp || dp.origin?.file !== model.file || !dp.text.trim()) return [];
    const out: RawFinding[] = [];
    try {
      templatesFor(dp.text, { nowYear: new Date().getFullYear(), version: model.env.version });
    } catch (e) {
      out.push({
        message: `datepattern cannot be used: ${(e as Error).message}. fail2ban refuses the filter, so its jail does not start. Use strptime directives (%Y-%m-%d %H:%M:%S), {^LN-BEG}, Epoch, TAI64N or {NONE}; write a literal % as %%.`,
        range: wholeLine(model, dp),
      });
    }
    return out;
  },
};
