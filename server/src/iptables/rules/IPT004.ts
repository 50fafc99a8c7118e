import { diagnosticRule } from './util';

/** Addresses iptables rejects (bad mask, invalid address, wrong family); host names and non-contiguous masks are warnings. */
export const IPT004 = diagnosticRule({ id: 'IPT004', slug: 'bad-address', severity: 'error', title: 'Bad mask, invalid address, IPv4 in ip6tables or the reverse' });
