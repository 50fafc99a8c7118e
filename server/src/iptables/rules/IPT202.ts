import type { Rule } from '../../engine/rule';
import type { IptModel } from '../model';
import { shadows } from './reach';
import { rangeOf } from './util';

/**
 * A rule whose verdict another, broader rule gives anyway: an earlier one decides first, or a later
 * one would decide the same with nothing in between that could decide otherwise.
 */
export const IPT202: Rule<IptModel> = {
  meta: { id: 'IPT202', slug: 'rule-redundant', severity: 'info', title: 'Same target as a broader rule (earlier, or later with nothing in between that could decide otherwise)' },
  check(model, ctx) {
    return shadows(model).filter((s) => s.kind === 'redundant').map((s) => {
      const line = ctx.lines.positionAt(s.by.cmd.start).line + 1;
      const verdict = s.by.cmd.target!.name.text;
      return {
        message: s.later
          ? `Redundant: line ${line} applies -j ${verdict} to every packet this rule matches, and nothing in between decides otherwise. The narrower rule states an intent the firewall does not enforce: remove it, or narrow line ${line}.`
          : `Redundant: line ${line} already applies -j ${verdict} to every packet this rule matches. Remove it, or narrow the earlier rule if this one states the intent.`,
        range: rangeOf(ctx, s.entry.cmd.start, s.entry.cmd.end),
        related: [{ file: ctx.doc.file, range: rangeOf(ctx, s.by.cmd.start, s.by.cmd.end), message: s.later ? 'the broader rule with the same verdict' : 'the earlier rule that decides first' }],
      };
    });
  },
};
