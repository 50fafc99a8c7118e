import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { analyze } from '../analysis/chains';
import type { IptModel } from '../model';
import { createChainFix } from './createChain';
import { tokRange } from './util';

/** `-A asterisk-provya -j RETURN` on a chain nobody created: "No chain/target/match by that name". */
export const IPT102: Rule<IptModel> = {
  meta: { id: 'IPT102', slug: 'append-undefined-chain', severity: 'error', title: '-A/-I/-F on a chain never created', p1: true, fix: 'review' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const t of analyze(model).tables) {
      for (const u of t.undefinedUses) {
        if (u.kind !== 'chain') continue;
        out.push({
          message: `Chain "${u.tok.text}" does not exist in table ${t.name} when ${u.cmd.command!.tok.text} uses it: iptables fails ("No chain/target/match by that name") and the rule is lost. Create it with -N first${/^(f2b|fail2ban)-/.test(u.tok.text) ? ' (or leave fail2ban chains to fail2ban)' : ''}.`,
          range: tokRange(ctx, u.tok),
          fixes: [createChainFix(model, ctx, u.cmd, u.tok.text, t.name)],
        });
      }
    }
    return out;
  },
};
