import type { Rule } from '../../engine/rule';
import type { Fix, RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, insertAfterHeader, replaceValue, inFile } from './helpers';
import { identifiesFor, listNames } from './pjsip';
import { generateSecret } from '../../credentials';
import { appendToDocument, sectionsOfType } from './sections';

/** A pjsip endpoint with no inbound auth that can be matched by user name: anyone using that name gets in. */
export const AST130: Rule<AsteriskModel> = {
  meta: { id: 'AST130', slug: 'pjsip-endpoint-no-auth', severity: 'error', title: 'pjsip endpoint accepts requests without authentication', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip') return [];
    const out: RawFinding[] = [];
    const eol = ctx.lines.eol;
    for (const s of sectionsOfType(config, 'endpoint')) {
      const auth = lastVar(s, 'auth');
      if (listNames(auth?.value).length) continue;
      const idBy = listNames(lastVar(s, 'identify_by')?.value ?? 'username,ip');
      const byName = idBy.includes('username') || idBy.includes('auth_username');
      const identifies = identifiesFor(config, s.name);
      if (!byName && identifies.length) continue;
      const authName = `${s.name}-auth`;
      const fixes: Fix[] = [];
      const addAuth = auth && !auth.inheritedFrom && auth.file === ctx.doc.file ? replaceValue(auth, authName) : insertAfterHeader(s, ctx, `auth=${authName}`);
      fixes.push(fix(`Require authentication: auth=${authName} and a new [${authName}] with a generated password`, 'review', [
        addAuth,
        appendToDocument(ctx, [`[${authName}]`, 'type=auth', 'auth_type=digest', `username=${s.name}`, `password=${generateSecret()}`].join(eol)),
      ]));
      if (identifies.length) fixes.push(fix(`Identify [${s.name}] by source address only (identify_by=ip)`, 'review', [insertAfterHeader(s, ctx, 'identify_by=ip')]));
      const how = auth ? 'its auth= is empty (an empty auth= also clears one inherited from a template)' : 'it has no auth=';
      out.push({
        message: `Endpoint [${s.name}] accepts calls and registrations without verification: ${how}${byName ? ', and it is identified by the user name in From, so anyone who sends that name is accepted' : ' and no identify section restricts it to an address'}. Add an auth section${identifies.length ? ', or set identify_by=ip for an IP-authenticated trunk' : ''}.`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        fixes,
      });
    }
    return out;
  },
};
