import { analyze } from '../analysis/chains';
import { diagnosticRule, tokRange } from './util';

/** Options unknown for the loaded matches and target, duplicates, missing values and bad option values: iptables rejects the command. */
export const IPT006 = diagnosticRule(
  { id: 'IPT006', slug: 'unknown-option', severity: 'error', title: 'Option unknown for the loaded matches/target, given twice, or with an invalid value' },
  // Restore files also fail on commands that do not fit the table's state (chain created twice, no such rule number…).
  (model, ctx) => analyze(model).tables.flatMap((t) => t.stateErrors.map((e) => ({ message: e.message, range: tokRange(ctx, e.tok) }))),
);
