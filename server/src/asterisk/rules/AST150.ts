import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, insertAfterHeader, inFile } from './helpers';
import { generateSecret } from '../../credentials';
import { channelAccounts, typeOf } from './sections';

/** An IAX user/friend with no secret, dbsecret or inkeys: it can match unauthenticated calls. */
export const AST150: Rule<AsteriskModel> = {
  meta: { id: 'AST150', slug: 'iax-no-secret', severity: 'warning', title: 'IAX user without secret, dbsecret or inkeys', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'iax') return [];
    const out: RawFinding[] = [];
    for (const s of channelAccounts(config)) {
      if (!['user', 'friend'].includes(typeOf(s))) continue;
      if (['secret', 'dbsecret', 'inkeys'].some((k) => lastVar(s, k)?.value.trim())) continue;
      out.push({
        message: `IAX ${typeOf(s)} [${s.name}] has no secret, dbsecret or inkeys: chan_iax2 can pick it for calls that present no credentials, so anyone reaches its context${lastVar(s, 'context') ? ` (${lastVar(s, 'context')!.value})` : ''}. Give it a strong secret, or make sure its context holds nothing but inbound routing.`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        fixes: [fix(`Add a generated 24-character secret to [${s.name}]`, 'review', [insertAfterHeader(s, ctx, `secret=${generateSecret()}`)])],
      });
    }
    return out;
  },
};
