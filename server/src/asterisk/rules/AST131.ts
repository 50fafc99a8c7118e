import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';
import { sectionsOfType } from './sections';

/** `allow_unauthenticated_options=yes`: OPTIONS are answered without authentication (endpoint enumeration). */
export const AST131: Rule<AsteriskModel> = {
  meta: { id: 'AST131', slug: 'pjsip-unauthenticated-options', severity: 'warning', title: 'pjsip endpoint answers OPTIONS without authentication', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip') return [];
    const out: RawFinding[] = [];
    for (const s of sectionsOfType(config, 'endpoint')) {
      const v = lastVar(s, 'allow_unauthenticated_options');
      if (!v || !isTrue(v.value) || (s.file !== ctx.doc.file && v.file !== ctx.doc.file)) continue;
      out.push(optionFinding(s, v, ctx, `allow_unauthenticated_options=yes on [${s.name}] answers OPTIONS without a challenge, so anyone can find out that this endpoint name exists. Set it to no.`, 'no', 'safe'));
    }
    return out;
  },
};
