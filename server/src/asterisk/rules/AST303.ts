import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { isLocal } from './helpers';
import { managerUsers } from './sections';

const DANGEROUS = ['all', 'system', 'command', 'config', 'originate', 'agi'];

/** AMI `write` classes that amount to running commands on the server. */
export const AST303: Rule<AsteriskModel> = {
  meta: { id: 'AST303', slug: 'ami-dangerous-write', severity: 'warning', title: 'AMI user with write access that can run commands or rewrite configuration' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'manager') return [];
    const out: RawFinding[] = [];
    for (const s of managerUsers(config)) {
      const v = lastVar(s, 'write');
      if (!v) continue;
      const classes = v.value.split(',').map((c) => c.trim().toLowerCase());
      const bad = DANGEROUS.filter((d) => classes.includes(d));
      if (!bad.length || (!isLocal(v, ctx) && s.file !== ctx.doc.file)) continue;
      out.push({
        message: `AMI user [${s.name}] may write ${bad.join(', ')}: these classes run shell or CLI commands, rewrite configuration (and read every secret) or start arbitrary calls, so a stolen AMI password owns the server. Grant only the classes the client needs (e.g. call,reporting).`,
        range: isLocal(v, ctx) ? v.stmt.range : s.header.nameRange,
      });
    }
    return out;
  },
};
