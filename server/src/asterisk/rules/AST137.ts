import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { listNames } from './pjsip';
import { sectionsOfType } from './sections';

/** One auth section used as both `auth` and `outbound_auth`: one leaked secret opens both directions. */
export const AST137: Rule<AsteriskModel> = {
  meta: { id: 'AST137', slug: 'pjsip-same-auth-both-ways', severity: 'warning', title: 'The same pjsip auth section is used for inbound and outbound authentication' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip') return [];
    const out: RawFinding[] = [];
    for (const s of sectionsOfType(config, 'endpoint')) {
      const inbound = lastVar(s, 'auth');
      const outbound = lastVar(s, 'outbound_auth');
      if (!inbound || !outbound || s.file !== ctx.doc.file) continue;
      const shared = listNames(inbound.value).filter((n) => listNames(outbound.value).includes(n));
      if (!shared.length) continue;
      out.push({
        message: `Endpoint [${s.name}] uses auth section ${shared.join(', ')} both to check callers and to authenticate to them: the far end then knows the password that lets it in here. Use separate auth sections with different passwords.`,
        range: outbound.file === ctx.doc.file && !outbound.inheritedFrom ? outbound.stmt.range : s.header.nameRange,
      });
    }
    return out;
  },
};
