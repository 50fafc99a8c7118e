import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { isMatchAll } from './acl';
import { fix, isLocal, optionFinding } from './helpers';
import { channelAccounts, removeStatement, general } from './sections';

/** Call tokens off for everyone (calltokenoptional=0.0.0.0/0.0.0.0) or for an account (requirecalltoken=no). */
export const AST152: Rule<AsteriskModel> = {
  meta: { id: 'AST152', slug: 'iax-calltoken-off', severity: 'warning', title: 'IAX call-token protection turned off', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'iax') return [];
    const out: RawFinding[] = [];
    const g = general(config);
    for (const v of g ? g.variables.filter((x) => x.key === 'calltokenoptional') : []) {
      if (!isMatchAll(v.value) || !isLocal(v, ctx)) continue;
      out.push({
        message: `calltokenoptional=${v.value} exempts every address from call tokens, which removes IAX2's protection against spoofed-source call floods. Remove it and set requirecalltoken=auto only on the peers that need it.`,
        range: v.stmt.range,
        fixes: [fix('Remove calltokenoptional', 'review', [removeStatement(ctx, v.stmt)])],
      });
    }
    for (const s of channelAccounts(config)) {
      const v = lastVar(s, 'requirecalltoken');
      if (!v || v.value.trim().toLowerCase() !== 'no' || (s.file !== ctx.doc.file && v.file !== ctx.doc.file)) continue;
      out.push(optionFinding(s, v, ctx, `requirecalltoken=no on [${s.name}] turns off call-token validation for this name, so spoofed sources can exhaust call numbers. Use requirecalltoken=auto for old peers that lack call tokens.`, 'auto', 'review'));
    }
    return out;
  },
};
