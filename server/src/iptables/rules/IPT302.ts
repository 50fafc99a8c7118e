import type { Rule } from '../../engine/rule';
import type { Fix, RawFinding } from '../../engine/types';
import { endsInDrop } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import type { IptModel } from '../model';
import { commandText, edit, insertLineAfter, rangeOf, tokRange } from './util';

/** INPUT accepts whatever no rule drops: the firewall is a list of exceptions to nothing. */
export const IPT302: Rule<IptModel> = {
  meta: { id: 'IPT302', slug: 'no-default-drop', severity: 'warning', title: 'INPUT policy ACCEPT and no final unconditional DROP/REJECT', p1: true, fix: 'review' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const { family, chain, present } of filterChains(model, 'INPUT')) {
      if (!present || endsInDrop(chain) || model.commands.some((c) => c.dynamic && c.chain?.text === 'INPUT')) continue;
      const fixes: Fix[] = [];
      let range;
      if (chain.policy?.decl) {
        range = tokRange(ctx, chain.policy.tok);
        fixes.push({ title: 'Set the INPUT policy to DROP', kind: 'review', edits: [edit(ctx, chain.policy.tok.start, chain.policy.tok.end, 'DROP')] });
      } else {
        const last = chain.rules[chain.rules.length - 1]?.cmd ?? model.commands.find((c) => c.family === family && c.chain?.text === 'INPUT');
        range = last ? rangeOf(ctx, last.start, last.end) : ctx.lines.lineRange(0);
        if (last) fixes.push({ title: 'Add -P INPUT DROP after the INPUT rules', kind: 'review', edits: [insertLineAfter(ctx, model, last.end, commandText(model, last, '-P INPUT DROP', 'filter', family))] });
      }
      out.push({ message: `INPUT (IPv${family}) accepts every packet no rule drops: policy ${chain.policy?.value ?? 'ACCEPT'} and no final DROP. Every port that some service opens is reachable. Set the policy to DROP (keep SSH access allowed first) or end INPUT with -j DROP.`, range, fixes });
    }
    return out;
  },
};
