import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { fix } from './helpers';
import { hasLevel, logChannels, logfilesSection } from './logger';
import { appendToDocument, appendToSection } from './sections';

/** No log channel (other than the console) carries the `security` level: fail2ban cannot see security events. */
export const AST501: Rule<AsteriskModel> = {
  meta: { id: 'AST501', slug: 'no-security-log', severity: 'warning', title: 'No log file receives the security level', p1: true, fix: 'safe' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'logger') return [];
    if (logChannels(config).some((c) => !c.console && hasLevel(c, 'security'))) return [];
    const section = logfilesSection(config);
    const line = 'fail2ban => notice,security';
    const fixes: Fix[] = [];
    if (section && section.file === ctx.doc.file) fixes.push(fix(`Add "${line}" to [logfiles]`, 'safe', [appendToSection(section, ctx, line)]));
    else if (!section) fixes.push(fix(`Add [logfiles] with "${line}"`, 'safe', [appendToDocument(ctx, `[logfiles]${ctx.lines.eol}${line}`)]));
    const anchor = section ?? config.sections.find((s) => s.file === ctx.doc.file);
    return [{
      message: 'No log file receives the "security" level, so the security events Asterisk raises for failed logins and ACL rejections are never written and fail2ban cannot ban on them. Add a channel such as "fail2ban => notice,security" and point the jail at that file.',
      range: anchor && anchor.file === ctx.doc.file ? anchor.header.nameRange : ctx.lines.lineRange(0),
      fixes,
    }];
  },
};
