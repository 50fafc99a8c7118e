import type { Rule } from '../../engine/rule';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { missingOptionFinding, optionFinding } from './helpers';
import { general, isChanSip } from './sections';

/** sip.conf answers OPTIONS without authentication (the default): scanning and fingerprinting. */
export const AST115: Rule<AsteriskModel> = {
  meta: { id: 'AST115', slug: 'sip-options-unauthenticated', severity: 'info', title: 'sip.conf answers OPTIONS requests without authentication', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const g = general(config);
    if (!g) return [];
    const v = lastVar(g, 'auth_options_requests');
    const msg = 'chan_sip answers OPTIONS requests without authentication, which lets scanners find and fingerprint the server and probe account names. Set auth_options_requests=yes.';
    if (!v) return [missingOptionFinding(g, 'auth_options_requests', ctx, msg, 'yes', 'safe')];
    if (isTrue(v.value)) return [];
    return [optionFinding(g, v, ctx, msg, 'yes', 'safe')];
  },
};
