import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { hasRestrictiveAcl } from './acl';
import { optionFinding } from './helpers';
import { channelAccounts, isChanSip } from './sections';

/** `insecure=invite`: incoming INVITEs from this peer are not authenticated. */
export const AST111: Rule<AsteriskModel> = {
  meta: { id: 'AST111', slug: 'sip-insecure-invite', severity: 'error', title: 'sip.conf insecure=invite disables authentication of incoming calls', fix: 'review' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const out: RawFinding[] = [];
    for (const s of channelAccounts(config)) {
      const v = lastVar(s, 'insecure');
      if (!v) continue;
      const modes = v.value.split(',').map((m) => m.trim().toLowerCase());
      if (!modes.includes('invite')) continue;
      if (v.file !== ctx.doc.file && s.file !== ctx.doc.file) continue;
      const dynamic = (lastVar(s, 'host')?.value ?? '').trim().toLowerCase() === 'dynamic';
      const restricted = hasRestrictiveAcl(s);
      const severe = dynamic || !restricted;
      const rest = modes.filter((m) => m !== 'invite');
      const good = rest.length ? rest.join(',') : 'no';
      const f = optionFinding(s, v, ctx, `insecure=${v.value} on [${s.name}] accepts incoming calls without authentication${dynamic ? ' from whatever address registers as this peer' : restricted ? '' : ' from any address (no deny/permit)'}. Remove "invite", or keep it only for a static-IP trunk behind deny=0.0.0.0/0.0.0.0 + permit=<trunk IP>.`, good, 'review');
      if (!severe) f.severity = 'warning';
      out.push(f);
    }
    return out;
  },
};
