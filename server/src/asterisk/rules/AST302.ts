import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, insertAfterHeader, inFile } from './helpers';
import { general, isLoopback, managerUsers } from './sections';

/** An AMI user without deny/permit/acl: it can log in from anywhere AMI is reachable. */
export const AST302: Rule<AsteriskModel> = {
  meta: { id: 'AST302', slug: 'ami-user-no-acl', severity: 'warning', title: 'AMI user without deny/permit', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'manager') return [];
    const g = general(config);
    if (!g || !isTrue(lastVar(g, 'enabled')?.value)) return [];
    const local = isLoopback(lastVar(g, 'bindaddr')?.value);
    const out: RawFinding[] = [];
    const eol = ctx.lines.eol;
    for (const s of managerUsers(config)) {
      if (s.variables.some((v) => v.key === 'deny' || v.key === 'permit' || v.key === 'acl')) continue;
      out.push({
        message: `AMI user [${s.name}] has no deny/permit, so it may log in from any address that reaches AMI${local ? '' : ' (and AMI is not bound to loopback)'}. Allow only the management hosts: deny=0.0.0.0/0.0.0.0, deny=::/0, permit=127.0.0.1/255.255.255.255.`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        ...(local ? { severity: 'info' as const } : {}),
        fixes: [fix(`Restrict [${s.name}] to localhost`, 'review', [insertAfterHeader(s, ctx, ['deny=0.0.0.0/0.0.0.0', 'deny=::/0', 'permit=127.0.0.1/255.255.255.255'].join(eol))])],
      });
    }
    return out;
  },
};
