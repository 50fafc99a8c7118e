import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { str2seconds } from '../config/time';
import type { Fail2banModel } from '../model';
import { optionRange } from './shared';

const TIME_OPTIONS = new Set(['bantime', 'findtime', 'dbpurgeage', 'bantime.maxtime', 'bantime.rndtime']);

export const F2B009: Rule<Fail2banModel> = {
  meta: { id: 'F2B009', slug: 'bad-time-value', severity: 'error', title: '`bantime`/`findtime`/`dbpurgeage`/`bantime.maxtime` not a fail2ban time expression' },
  check(model) {
    const out: RawFinding[] = [];
    for (const sec of model.ini.sections) {
      for (const opt of sec.options) {
        if (!TIME_OPTIONS.has(opt.key)) continue;
        const v = opt.value;
        // References are checked once resolved (F2B005); tags belong to actions.
        if (v === '' || v.includes('%(') || v.includes('<')) continue;
        if (str2seconds(v) !== undefined) continue;
        out.push({
          message: `${opt.key} = '${v}' is not a time fail2ban understands: it evaluates the value as arithmetic over numbers with units and fails, so the jail or daemon does not start. Use seconds or units like 600, 10m, 1h, 1d, 1w (negative bantime = forever).`,
          range: optionRange(opt),
        });
      }
    }
    return out;
  },
};
