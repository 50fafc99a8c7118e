import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { fix } from './helpers';
import { hasLevel, logChannels, logfilesSection } from './logger';
import { appendToDocument, appendToSection } from './sections';

/** No file or syslog channel carries `notice`: the authentication-failure NOTICE lines are lost. */
export const AST502: Rule<AsteriskModel> = {
  meta: { id: 'AST502', slug: 'no-notice-log', severity: 'warning', title: 'No log file receives the notice level', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'logger') return [];
    if (logChannels(config).some((c) => !c.console && hasLevel(c, 'notice'))) return [];
    const section = logfilesSection(config);
    const line = 'messages.log => notice,warning,error';
    const fixes: Fix[] = [];
    if (section && section.file === ctx.doc.file) fixes.push(fix(`Add "${line}" to [logfiles]`, 'safe', [appendToSection(section, ctx, line)]));
    else if (!section) fixes.push(fix(`Add [logfiles] with "${line}"`, 'safe', [appendToDocument(ctx, `[logfiles]${ctx.lines.eol}${line}`)]));
    const anchor = section ?? config.sections.find((s) => s.file === ctx.doc.file);
    return [{
      message: 'No log file or syslog channel receives the "notice" level, so the lines chan_sip, res_pjsip, AMI and IAX write for failed registrations and logins are lost, and fail2ban has nothing to match. Add e.g. "messages.log => notice,warning,error".',
      range: anchor && anchor.file === ctx.doc.file ? anchor.header.nameRange : ctx.lines.lineRange(0),
      fixes,
    }];
  },
};
