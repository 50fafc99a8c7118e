import { diagnosticRule } from './util';

/** Options unknown for the loaded matches and target, duplicates, missing values and bad option values: iptables rejects the command. */
export const IPT006 = diagnosticRule({ id: 'IPT006', slug: 'unknown-option', severity: 'error', title: 'Option unknown for the loaded matches/target, given twice, or with an invalid value' });
