import type { Rule } from '../../engine/rule';
import type { IptModel } from '../model';
import { lineOf, shadows } from './reach';
import { rangeOf } from './util';

/** Rules after an unconditional terminal rule are dead. */
export const IPT203: Rule<IptModel> = {
  meta: { id: 'IPT203', slug: 'rule-after-catch-all', severity: 'warning', title: 'Rules after an unconditional terminal rule' },
  check(model, ctx) {
    return shadows(model).filter((s) => s.kind === 'after-catch-all').map((s) => ({
      message: `Dead rule: line ${lineOf(model, s.by.cmd.start)} (-j ${s.by.cmd.target!.name.text} with no condition) ends ${s.chain.name} before it. Move this rule above that line.`,
      range: rangeOf(ctx, s.entry.cmd.start, s.entry.cmd.end),
      related: [{ file: ctx.doc.file, range: rangeOf(ctx, s.by.cmd.start, s.by.cmd.end), message: 'the earlier rule that decides first' }],
    }));
  },
};
