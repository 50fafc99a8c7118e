import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { parseBool } from '../config/jail';
import { str2seconds } from '../config/time';
import type { Fail2banModel } from '../model';
import { ownedJails, pointAt } from './shared';

export const F2B109: Rule<Fail2banModel> = {
  meta: { id: 'F2B109', slug: 'bantime-increment-hint', severity: 'hint', title: 'Long fixed bantime where `bantime.increment` would serve better' },
  check(model) {
    const out: RawFinding[] = [];
    for (const o of ownedJails(model)) {
      if (!o.jail.enabled || parseBool(o.jail.get('bantime.increment')?.value)) continue;
      const bt = o.jail.get('bantime');
      const secs = bt ? str2seconds(bt.value) : undefined;
      if (secs === undefined || (secs >= 0 && secs < 86400)) continue;
      out.push({
        message: `Jail [${o.jail.name}] bans every address for ${secs < 0 ? 'ever' : bt!.value}, first offence or not. bantime.increment = true with a short bantime and bantime.maxtime bans repeat offenders longer and forgives one-off mistakes sooner.`,
        range: pointAt(model, o, bt),
      });
    }
    return out;
  },
};
