import type { Rule } from '../../engine/rule';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { isLocal } from './helpers';
import { general } from './sections';

/** ari.conf `allowed_origins` containing `*`: any web page may drive ARI from a logged-in browser. */
export const AST321: Rule<AsteriskModel> = {
  meta: { id: 'AST321', slug: 'ari-cors-any', severity: 'warning', title: 'ARI allows cross-origin requests from any site' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'ari') return [];
    const g = general(config);
    const v = g && lastVar(g, 'allowed_origins');
    if (!g || !v || !v.value.split(',').some((o) => o.trim() === '*')) return [];
    return [{
      message: 'allowed_origins contains "*": scripts on any web site may call ARI from a browser that can reach it. List the exact origins of your applications.',
      range: isLocal(v, ctx) ? v.stmt.range : g.header.nameRange,
    }];
  },
};
