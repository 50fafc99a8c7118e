import type { Rule } from '../../engine/rule';
import type { IptModel } from '../model';
import { lineOf, shadows } from './reach';
import { rangeOf } from './util';

/** A rule no packet reaches: an earlier, broader rule with a different verdict decides first. */
export const IPT201: Rule<IptModel> = {
  meta: { id: 'IPT201', slug: 'rule-shadowed', severity: 'warning', title: 'A rule that can never match: an earlier broader rule with a terminal target covers it' },
  check(model, ctx) {
    return shadows(model).filter((s) => s.kind === 'shadowed').map((s) => ({
      message: `This rule never matches: line ${lineOf(model, s.by.cmd.start)} (-j ${s.by.cmd.target!.name.text}) already decides every packet it would match, so its -j ${s.entry.cmd.target?.name.text ?? "(none)"} never applies. Move it above line ${lineOf(model, s.by.cmd.start)} or narrow that rule.`,
      range: rangeOf(ctx, s.entry.cmd.start, s.entry.cmd.end),
      related: [{ file: ctx.doc.file, range: rangeOf(ctx, s.by.cmd.start, s.by.cmd.end), message: 'the earlier rule that decides first' }],
    }));
  },
};
