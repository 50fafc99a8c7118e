import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { ACL_PAIRS, families, isMatchAll } from './acl';
import { isLocal } from './helpers';

/** The last rule matching every address is a permit: the ACL allows everyone in the end. */
export const AST107: Rule<AsteriskModel> = {
  meta: { id: 'AST107', slug: 'acl-permit-all-last', severity: 'warning', title: 'The last all-matching ACL rule is a permit (everything is allowed)' },
  check: ({ config }, ctx) => {
    if (config.kind === 'extensions' || config.kind === 'logger' || config.kind === 'modules') return [];
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      for (const pair of ACL_PAIRS) {
        for (const fam of ['ipv4', 'ipv6'] as const) {
          const all = s.variables.filter((v) => (v.key === pair.permit || v.key === pair.deny) && isMatchAll(v.value) && families(v.value).includes(fam));
          const last = all[all.length - 1];
          if (!last || last.key !== pair.permit || !isLocal(last, ctx)) continue;
          out.push({
            message: `${last.name}=${last.value} matches every ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} address and comes after any deny-all, so [${s.name}] accepts everyone: the last matching rule wins. Remove it and permit only the networks you trust.`,
            range: last.stmt.range,
          });
        }
      }
    }
    return out;
  },
};
