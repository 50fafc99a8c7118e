import type { Rule } from '../../engine/rule';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { missingOptionFinding, optionFinding } from './helpers';
import { general, isChanSip } from './sections';

/** Guests allowed and the guest context is `default`: unauthenticated calls reach whatever is in [default]. */
export const AST114: Rule<AsteriskModel> = {
  meta: { id: 'AST114', slug: 'sip-guest-default-context', severity: 'warning', title: 'Guest calls land in the default context', fix: 'review' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const g = general(config);
    if (!g) return [];
    const guest = lastVar(g, 'allowguest');
    if (guest && !isTrue(guest.value)) return [];
    const c = lastVar(g, 'context');
    const why = 'guests (allowed here) are routed into it, and [default] is where samples and many setups put outbound and toll routes';
    if (!c) return [missingOptionFinding(g, 'context', ctx, `[general] has no context, so guest calls go to "default": ${why}. Set context=public and keep only inbound DID routing in [public].`, 'public', 'review')];
    if (c.value.trim().toLowerCase() !== 'default') return [];
    return [optionFinding(g, c, ctx, `context=default: ${why}. Use a dedicated context such as public with inbound routing only.`, 'public', 'review')];
  },
};
