import * as path from 'node:path';
import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { ownedJails, setOption, spanRange } from './shared';

export const F2B103: Rule<Fail2banModel> = {
  meta: { id: 'F2B103', slug: 'jail-not-enabled', severity: 'info', title: 'A jail section that configures something but is not enabled', p1: true, fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    // jail.conf is the catalogue of disabled jails; only the user's own files are meant to enable.
    if (path.basename(model.file) === 'jail.conf') return out;
    for (const o of ownedJails(model)) {
      if (o.jail.enabled) continue;
      const configures = o.section.options.some((x) => x.key !== 'enabled');
      const explicitOff = o.section.options.some((x) => x.key === 'enabled');
      if (!configures || explicitOff) continue;
      out.push({
        message: `Jail [${o.jail.name}] is configured here but not enabled (enabled defaults to false), so fail2ban ignores it and nothing is banned. Add enabled = true.`,
        range: spanRange(o.section.nameSpan),
        fixes: [{ title: `Enable [${o.jail.name}]`, kind: 'safe', edits: [setOption(ctx, model, o, o.jail.get('enabled'), 'enabled', 'true')] }],
      });
    }
    return out;
  },
};
