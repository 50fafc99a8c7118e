import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { ConfigSection } from '../config/types';
import type { AsteriskModel } from '../model';
import { aclVars } from './acl';
import { fix, insertAfterHeader, inFile } from './helpers';
import { channelAccounts, isChanSip, sectionsOfType } from './sections';

function hasAcl(s: ConfigSection): boolean {
  return aclVars(s).some((v) => v.key === 'permit' || v.key === 'deny' || v.key === 'acl');
}

/** A SIP/IAX account or PJSIP endpoint with no permit/deny/acl: any address on the Internet may try it. */
export const AST105: Rule<AsteriskModel> = {
  meta: { id: 'AST105', slug: 'acl-none', severity: 'info', title: 'An account or endpoint has no permit/deny/acl', p1: true, fix: 'review' },
  check: ({ config }, ctx) => {
    let candidates: ConfigSection[] = [];
    if (isChanSip(config, ctx) || config.kind === 'iax') candidates = channelAccounts(config);
    else if (config.kind === 'pjsip') {
      // A global type=acl section with a deny already filters every request.
      if (sectionsOfType(config, 'acl').some((s) => s.variables.some((v) => v.key === 'deny' || v.key === 'acl'))) return [];
      candidates = sectionsOfType(config, 'endpoint');
    } else return []; // manager users: AST302
    const out: RawFinding[] = [];
    for (const s of candidates) {
      if (hasAcl(s)) continue;
      const host = lastVar(s, 'host')?.value.trim();
      const staticHost = host && /^\d{1,3}(\.\d{1,3}){3}$/.test(host) ? host : undefined;
      const permit = staticHost ? `permit=${staticHost}/255.255.255.255` : 'permit=192.0.2.0/255.255.255.0 ; replace with the network this device connects from';
      out.push({
        message: `[${s.name}] accepts connections from any address: it has no deny/permit/acl, so every scanner on the Internet can try its credentials. Restrict it to the addresses it really uses (deny=0.0.0.0/0.0.0.0, then permit=…).`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        fixes: [fix(`Restrict [${s.name}] with deny + permit`, 'review', [insertAfterHeader(s, ctx, `deny=0.0.0.0/0.0.0.0${ctx.lines.eol}${permit}`)])],
      });
    }
    return out;
  },
};
