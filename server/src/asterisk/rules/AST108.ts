import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { visibleSections } from '../config/query';
import type { AsteriskModel } from '../model';
import { isLocal } from './helpers';
import { siblingConfig } from './sections';

const KEYS = new Set(['acl', 'contact_acl', 'contactacl']);
const SKIP = new Set(['extensions', 'logger', 'modules', 'asterisk', 'rtp', 'acl']);

/** `acl=`/`contact_acl=` naming a section that acl.conf does not define. */
export const AST108: Rule<AsteriskModel> = {
  meta: { id: 'AST108', slug: 'acl-unknown-name', severity: 'error', title: '`acl=` names no section of acl.conf' },
  check: ({ config }, ctx) => {
    if (SKIP.has(config.kind)) return [];
    const refs = config.sections.flatMap((s) => s.variables.filter((v) => KEYS.has(v.key) && isLocal(v, ctx)));
    if (!refs.length) return [];
    const acl = siblingConfig(ctx, 'acl.conf');
    // Without acl.conf beside the file (or in the etc dir) we cannot tell: stay silent.
    if (!acl) return [];
    const names = new Set(visibleSections(acl).map((s) => s.key));
    const out: RawFinding[] = [];
    for (const v of refs) {
      for (const name of v.value.split(',').map((n) => n.trim()).filter(Boolean)) {
        if (names.has(name.toLowerCase())) continue;
        out.push({
          message: `${v.name}=${name} names no section of acl.conf: Asterisk reports an ACL error${config.kind === 'pjsip' ? ' and res_pjsip then blocks all SIP traffic' : ' and the named ACL cannot be applied'}. Define [${name}] in acl.conf or fix the name.`,
          range: v.stmt.valueRange,
        });
      }
    }
    return out;
  },
};
