import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { ownedJails, spanRange } from './shared';

export const F2B108: Rule<Fail2banModel> = {
  meta: { id: 'F2B108', slug: 'logpath-missing', severity: 'warning', title: 'Enabled jail with file backend and no `logpath`' },
  check(model) {
    const out: RawFinding[] = [];
    for (const o of ownedJails(model)) {
      if (!o.jail.enabled) continue;
      const backend = o.jail.get('backend')?.value.trim() ?? 'auto';
      if (backend.startsWith('systemd')) continue;
      if ((o.jail.get('logpath')?.value ?? '').trim()) continue;
      out.push({
        message: `Jail [${o.jail.name}] is enabled with backend ${backend} but has no logpath: fail2ban has no log to read ("Have not found any log file") and the jail fails. Set logpath (for Asterisk: the file your logger.conf writes NOTICE/SECURITY to, e.g. /var/log/asterisk/messages) or use backend = systemd.`,
        range: spanRange(o.section.nameSpan),
      });
    }
    return out;
  },
};
