import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskConfig, ConfigSection } from '../config/types';
import type { AsteriskModel } from '../model';
import { families, isMatchAll } from './acl';
import { edit, fix, insertAfterHeader, isLocal } from './helpers';
import { bindsIpv6Any, general, sectionsOfType, typeOf } from './sections';

/** True when the service this file configures listens on IPv6 as well (`::`). */
function listensOnIpv6(config: AsteriskConfig): boolean {
  const g = general(config);
  if (config.kind === 'sip') return !!g && (bindsIpv6Any(lastVar(g, 'bindaddr')?.value) || bindsIpv6Any(lastVar(g, 'udpbindaddr')?.value));
  if (config.kind === 'iax') return !!g && g.variables.some((v) => v.key === 'bindaddr' && bindsIpv6Any(v.value));
  if (config.kind === 'manager') {
    const b = g && lastVar(g, 'bindaddr')?.value;
    return b === undefined || bindsIpv6Any(b); // AMI's default is [::]
  }
  if (config.kind === 'pjsip') return sectionsOfType(config, 'transport').some((t) => bindsIpv6Any(lastVar(t, 'bind')?.value));
  return false;
}

/** An IPv4 deny-all with no IPv6 deny while the service listens on `::`: IPv6 clients bypass the ACL. */
export const AST106: Rule<AsteriskModel> = {
  meta: { id: 'AST106', slug: 'acl-ipv6-open', severity: 'warning', title: 'IPv4 deny-all without an IPv6 deny while the service listens on ::', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (!listensOnIpv6(config)) return [];
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      // Templates are never applied as such; untyped pjsip sections are ignored (AST134 says so).
      if (s.template || (config.kind === 'pjsip' && !typeOf(s))) continue;
      for (const key of ['deny', 'contactdeny', 'contact_deny']) {
        const denies = s.variables.filter((v) => v.key === key);
        const v4All = denies.find((v) => families(v.value).includes('ipv4') && isMatchAll(v.value));
        if (!v4All || denies.some((v) => families(v.value).includes('ipv6'))) continue;
        if (s.file !== ctx.doc.file && v4All.file !== ctx.doc.file) continue;
        const line = `${key}=::/0`;
        const where = isLocal(v4All, ctx)
          ? edit(ctx.doc.file, { start: { line: v4All.stmt.line + 1, character: 0 }, end: { line: v4All.stmt.line + 1, character: 0 } }, line + ctx.lines.eol)
          : insertAfterHeader(s as ConfigSection, ctx, line);
        if (isLocal(v4All, ctx) && v4All.stmt.line + 1 >= ctx.lines.lineCount) {
          const end = ctx.lines.lineText(v4All.stmt.line).length;
          where.range = { start: { line: v4All.stmt.line, character: end }, end: { line: v4All.stmt.line, character: end } };
          where.newText = ctx.lines.eol + line;
        }
        out.push({
          message: `[${s.name}] denies every IPv4 address but no IPv6 one, and the service listens on "::": IPv4 rules never match IPv6 clients, so they are all allowed. Add ${key}=::/0.`,
          range: isLocal(v4All, ctx) ? v4All.stmt.range : s.header.nameRange,
          fixes: [fix(`Add ${line}`, 'safe', [where])],
        });
      }
    }
    return out;
  },
};
