import { diagnosticRule } from './util';

/** Restore-file structure: rules outside a table, missing COMMIT, single quotes, trailing comments, bad table names. */
export const IPT007 = diagnosticRule({ id: 'IPT007', slug: 'restore-format', severity: 'error', title: 'Restore file: rule outside a table, missing COMMIT, single quotes, trailing #, bad table' });
