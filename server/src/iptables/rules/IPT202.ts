import type { Rule } from '../../engine/rule';
import type { IptModel } from '../model';
import { lineOf, shadows } from './reach';
import { rangeOf } from './util';

/** A rule an earlier, broader rule with the same verdict already covers. */
export const IPT202: Rule<IptModel> = {
  meta: { id: 'IPT202', slug: 'rule-redundant', severity: 'info', title: 'Same target as an earlier broader rule: the rule is redundant' },
  check(model, ctx) {
    return shadows(model).filter((s) => s.kind === 'redundant').map((s) => ({
      message: `Redundant: line ${lineOf(model, s.by.cmd.start)} already applies -j ${s.by.cmd.target!.name.text} to every packet this rule matches. Remove it, or narrow the earlier rule if this one states the intent.`,
      range: rangeOf(ctx, s.entry.cmd.start, s.entry.cmd.end),
      related: [{ file: ctx.doc.file, range: rangeOf(ctx, s.by.cmd.start, s.by.cmd.end), message: 'the earlier rule that decides first' }],
    }));
  },
};
