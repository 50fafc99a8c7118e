import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, insertAfterHeader, inFile } from './helpers';
import { generateSecret } from '../../credentials';
import { sectionsOfType } from './sections';

/** A pjsip wizard accepting registrations (or with no remote host) without accepts_auth: an unauthenticated endpoint. */
export const AST136: Rule<AsteriskModel> = {
  meta: { id: 'AST136', slug: 'pjsip-wizard-no-auth', severity: 'error', title: 'pjsip wizard creates an endpoint without inbound authentication', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip_wizard' && config.kind !== 'pjsip') return [];
    const out: RawFinding[] = [];
    for (const s of sectionsOfType(config, 'wizard')) {
      const registers = isTrue(lastVar(s, 'accepts_registrations')?.value);
      const noHosts = !(lastVar(s, 'remote_hosts')?.value ?? '').trim();
      if (!(registers || noHosts) || isTrue(lastVar(s, 'accepts_auth')?.value)) continue;
      const eol = ctx.lines.eol;
      out.push({
        message: `Wizard [${s.name}] ${registers ? 'accepts registrations' : 'has no remote_hosts'} but not accepts_auth, so the endpoint it creates accepts requests without a password. Set accepts_auth=yes with inbound_auth/username and a strong inbound_auth/password.`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        fixes: [fix('Require inbound authentication with a generated password', 'review', [insertAfterHeader(s, ctx, ['accepts_auth=yes', `inbound_auth/username=${s.name}`, `inbound_auth/password=${generateSecret()}`].join(eol))])],
      });
    }
    return out;
  },
};
