import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar, visibleSections } from '../config/query';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';

/** IAX `auth` allowing `plaintext`: the secret crosses the network in clear. */
export const AST151: Rule<AsteriskModel> = {
  meta: { id: 'AST151', slug: 'iax-plaintext-auth', severity: 'error', title: 'IAX plaintext authentication', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'iax') return [];
    const out: RawFinding[] = [];
    for (const s of visibleSections(config)) {
      const v = lastVar(s, 'auth');
      if (!v || (s.file !== ctx.doc.file && v.file !== ctx.doc.file)) continue;
      const methods = v.value.split(',').map((m) => m.trim().toLowerCase()).filter(Boolean);
      if (!methods.includes('plaintext')) continue;
      const good = [...new Set(methods.map((m) => (m === 'plaintext' ? 'md5' : m)))].join(',');
      out.push(optionFinding(s, v, ctx, `auth=${v.value} in [${s.name}] lets the secret cross the network in clear text (the method is deprecated). Use md5 or rsa.`, good, 'safe'));
    }
    return out;
  },
};
