import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { endsInDrop } from '../analysis/chains';
import { filterChains } from '../analysis/filter';
import type { IptModel } from '../model';
import { insertIntoChain } from './insertRule';
import { rangeOf, tokRange } from './util';

/** A default-deny chain without a loopback accept breaks local services (AMI, databases, local DNS). */
export const IPT307: Rule<IptModel> = {
  meta: { id: 'IPT307', slug: 'loopback-dropped', severity: 'error', title: 'DROP policy/rule with no -i lo accept (INPUT) or -o lo accept (OUTPUT)', fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const name of ['INPUT', 'OUTPUT'] as const) {
      const flag = name === 'INPUT' ? '-i' : '-o';
      for (const { family, chain, present } of filterChains(model, name)) {
        const drop = endsInDrop(chain);
        if (!present || !drop) continue;
        if (chain.rules.some((r) => r.cmd.dynamic || (r.cmd.target?.name.text === 'ACCEPT' && (name === 'INPUT' ? r.ps.inIf : r.ps.outIf) === 'lo'))) continue;
        out.push({
          message: `${name} (IPv${family}) drops loopback traffic: local services talking over ${family === 4 ? '127.0.0.1' : '::1'} (Asterisk AMI 5038, the database, a local DNS resolver) are cut off. Accept ${flag} lo first.`,
          range: drop.entry ? rangeOf(ctx, drop.entry.cmd.start, drop.entry.cmd.end) : tokRange(ctx, chain.policy!.tok),
          fixes: [{ title: `Accept ${flag} lo at the top of ${name}`, kind: 'safe', edits: [insertIntoChain(model, ctx, chain, family, `${flag} lo -j ACCEPT`, true)] }],
        });
      }
    }
    return out;
  },
};
