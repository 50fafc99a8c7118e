import type { Rule } from '../../engine/rule';
import type { Fix, RawFinding } from '../../engine/types';
import { analyze } from '../analysis/chains';
import type { IptModel } from '../model';
import { findTarget } from '../schema/targets';
import { createChainFix } from './createChain';
import { edit, tokRange } from './util';

/** `-j asterisk-provya` with no `-N asterisk-provya`: the command fails and the rule is not added. */
export const IPT101: Rule<IptModel> = {
  meta: { id: 'IPT101', slug: 'jump-undefined-chain', severity: 'error', title: '-j/-g to a chain never created (incl. case typos like -j accept)', p1: true, fix: 'review' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const t of analyze(model).tables) {
      for (const u of t.undefinedUses) {
        if (u.kind !== 'jump') continue;
        const name = u.tok.text;
        const builtin = findTarget(name.toUpperCase());
        const fixes: Fix[] = [];
        if (builtin && name !== builtin.name) fixes.push({ title: `Use ${builtin.name}`, kind: 'safe', edits: [edit(ctx, u.tok.start, u.tok.end, builtin.name)] });
        else fixes.push(createChainFix(model, ctx, u.cmd, name, t.name));
        const why = builtin && name !== builtin.name
          ? `targets are case-sensitive, so "${name}" names a user chain, not ${builtin.name}`
          : `no -N ${name}${model.form === 'restore' ? ` or :${name} line` : ''} creates it before this rule`;
        const f2b = /provya|asterisk|f2b|fail2ban/i.test(name) ? ' (fail2ban creates its own f2b-<name> chain and inserts the jump itself)' : '';
        out.push({
          message: `Chain "${name}" does not exist in table ${t.name}: ${why}. iptables refuses the rule ("Couldn't load target" / "Chain does not exist"), so the traffic it meant to handle is not handled${f2b}.`,
          range: tokRange(ctx, u.tok),
          fixes,
        });
      }
    }
    return out;
  },
};
