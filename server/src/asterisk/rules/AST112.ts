import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { hasRestrictiveAcl } from './acl';
import { fix, insertAfterHeader, inFile } from './helpers';
import { generateSecret } from '../../credentials';
import { channelAccounts, typeOf, isChanSip } from './sections';

/** A user/friend (or dynamic peer) without secret/md5secret and without a restrictive ACL: no authentication. */
export const AST112: Rule<AsteriskModel> = {
  meta: { id: 'AST112', slug: 'sip-no-secret', severity: 'error', title: 'sip.conf account without a secret (no authentication)', fix: 'review' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const out: RawFinding[] = [];
    for (const s of channelAccounts(config)) {
      const type = typeOf(s);
      const dynamic = (lastVar(s, 'host')?.value ?? '').trim().toLowerCase() === 'dynamic';
      if (type === 'peer' && !dynamic) continue;
      const secret = lastVar(s, 'secret')?.value || lastVar(s, 'md5secret')?.value;
      if (secret || hasRestrictiveAcl(s)) continue;
      out.push({
        message: `[${s.name}] (type=${type}${dynamic ? ', host=dynamic' : ''}) has no secret and no deny/permit: anyone who uses this name is accepted without a password. Give it a strong generated secret and reprovision the device.`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        fixes: [fix(`Add a generated 24-character secret to [${s.name}]`, 'review', [insertAfterHeader(s, ctx, `secret=${generateSecret()}`)])],
      });
    }
    return out;
  },
};
