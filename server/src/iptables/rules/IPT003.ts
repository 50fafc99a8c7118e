import { diagnosticRule } from './util';

/** Ports iptables rejects (above 65535, reversed ranges, more than 15 multiport slots); reversed iprange is a warning (accepted, never matches). */
export const IPT003 = diagnosticRule({ id: 'IPT003', slug: 'bad-port', severity: 'error', title: 'Port above 65535, reversed range, more than 15 multiport entries (a range counts 2)' });
