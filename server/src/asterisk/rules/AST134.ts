import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { ConfigSection } from '../config/types';
import type { AsteriskModel } from '../model';
import { fix, insertAfterHeader, inFile } from './helpers';
import { typeOf } from './sections';

/** The type the section's options suggest, in the order of the reference's heuristics. */
export function guessType(s: ConfigSection): string | undefined {
  const keys = new Set(s.variables.map((v) => v.key));
  if (keys.has('password') || keys.has('username') || keys.has('md5_cred') || keys.has('password_digest')) return 'auth';
  if (keys.has('match')) return 'identify';
  if (keys.has('contact') || keys.has('max_contacts')) return 'aor';
  if (keys.has('bind') || keys.has('protocol')) return 'transport';
  if (keys.has('server_uri') || keys.has('client_uri')) return 'registration';
  if (keys.has('context') || keys.has('aors') || keys.has('allow') || keys.has('auth')) return 'endpoint';
  if ([...keys].every((k) => /^(contact_)?(permit|deny|acl)$/.test(k)) && keys.size) return 'acl';
  return undefined;
}

/** A pjsip.conf section with no `type=`: no sorcery mapping matches it, so it is silently ignored. */
export const AST134: Rule<AsteriskModel> = {
  meta: { id: 'AST134', slug: 'pjsip-section-without-type', severity: 'error', title: 'pjsip.conf section without type= (silently ignored)', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip') return [];
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      if (s.template || typeOf(s)) continue;
      const guess = guessType(s);
      out.push({
        message: `[${s.name}] has no type= (after inheritance), so res_pjsip ignores it entirely${s.key === 'acl' ? ': a section named [acl] is not an ACL without type=acl' : ''}. Add the type it is meant to have${guess ? ` (its options suggest type=${guess})` : ''}.`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        fixes: guess ? [fix(`Add type=${guess}`, 'review', [insertAfterHeader(s, ctx, `type=${guess}`)])] : [],
      });
    }
    return out;
  },
};
