import { diagnosticRule } from './util';

/** Unknown conntrack states and --state/--ctstate given to the wrong match. */
export const IPT009 = diagnosticRule({ id: 'IPT009', slug: 'bad-state', severity: 'error', title: 'Unknown conntrack state, or -m conntrack --state' });
