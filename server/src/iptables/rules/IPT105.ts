import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { POLICIES, TABLE_CHAINS } from '../schema/targets';
import { tokRange } from './util';

/** Policies exist only on built-in chains and are ACCEPT or DROP. */
export const IPT105: Rule<IptModel> = {
  meta: { id: 'IPT105', slug: 'policy-on-user-chain', severity: 'error', title: '-P on a user chain, or a policy other than ACCEPT/DROP' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    const check = (table: string, chain: { text: string; start: number; end: number }, policy: { text: string; start: number; end: number }, decl: boolean) => {
      const builtin = (TABLE_CHAINS[table] ?? []).includes(chain.text);
      if (!builtin && !(decl && policy.text === '-')) {
        out.push({ message: `"${chain.text}" is not a built-in chain of table ${table}: only built-in chains have a policy, and iptables rejects ${decl ? 'this line' : '-P here'} ("Bad built-in chain name"). ${decl ? 'Write `-` as the policy of a user chain.' : 'End the chain with an explicit rule instead.'}`, range: tokRange(ctx, decl ? policy : chain) });
      } else if (builtin && !POLICIES.includes(policy.text)) {
        out.push({ message: `Policy "${policy.text}" is not allowed: a built-in chain's policy is ACCEPT or DROP (iptables rejects it: "Bad policy name"). Use DROP and add a final REJECT rule if you want rejects.`, range: tokRange(ctx, policy) });
      }
    };
    for (const d of model.chainDecls) if (d.policy.text) check(d.table, d.name, d.policy, true);
    for (const c of model.commands) if (c.command?.letter === 'P' && c.chain && c.policy && !c.chain.dynamic && !c.policy.dynamic) check(c.table, c.chain, c.policy, false);
    return out;
  },
};
