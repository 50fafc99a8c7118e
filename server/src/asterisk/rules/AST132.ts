import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { identifierOrder } from './pjsip';
import { sectionsOfType } from './sections';

/** An `anonymous` endpoint with the anonymous identifier active: unidentified callers land in its context. */
export const AST132: Rule<AsteriskModel> = {
  meta: { id: 'AST132', slug: 'pjsip-anonymous-endpoint', severity: 'warning', title: 'An anonymous pjsip endpoint accepts unidentified callers' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip' || !identifierOrder(config).includes('anonymous')) return [];
    const out: RawFinding[] = [];
    for (const s of sectionsOfType(config, 'endpoint')) {
      if (s.file !== ctx.doc.file || !/^anonymous(@.*)?$/i.test(s.name)) continue;
      out.push({
        message: `Endpoint [${s.name}] receives every call that matches no other endpoint (the anonymous identifier is active), without authentication. Remove it unless you must accept anonymous calls, and then keep only inbound DID routing in its context.`,
        range: s.header.nameRange,
      });
    }
    return out;
  },
};
