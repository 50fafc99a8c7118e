import type { Rule } from '../../engine/rule';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { isLocal } from './helpers';
import { general } from './sections';

/** Formats fail2ban's default date templates read without a custom datepattern. */
const USUAL = [/^%F %T$/, /^%F %T\.%\d*q$/, /^%Y-%m-%d %H:%M:%S$/, /^%b %e %T$/, /^%b %d %T$/, /^%F %T\.%q$/];

/** A `dateformat` fail2ban may not read: the jail would see no dates, hence no failures. */
export const AST503: Rule<AsteriskModel> = {
  meta: { id: 'AST503', slug: 'log-dateformat-unusual', severity: 'info', title: 'logger.conf dateformat that fail2ban may not read' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'logger') return [];
    const g = general(config);
    const v = g && lastVar(g, 'dateformat');
    if (!g || !v || USUAL.some((re) => re.test(v.value.trim()))) return [];
    return [{
      message: `dateformat=${v.value} is not one of the timestamp layouts fail2ban recognises out of the box (%F %T, %F %T.%3q, %b %e %T): lines it cannot date are ignored, so nothing gets banned. Use %F %T, or give the jail a matching datepattern.`,
      range: isLocal(v, ctx) ? v.stmt.range : g.header.nameRange,
    }];
  },
};
