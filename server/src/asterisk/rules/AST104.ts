import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { ACL_PAIRS, DENY_ALL, families, type Family } from './acl';
import { fix, insertLineBefore, isLocal } from './helpers';

const SKIP_KINDS = new Set(['extensions', 'logger', 'modules', 'asterisk', 'rtp']);

/** A `permit` with no earlier `deny` of the same family: evaluation starts at allow, so it changes nothing. */
export const AST104: Rule<AsteriskModel> = {
  meta: { id: 'AST104', slug: 'acl-permit-without-deny', severity: 'warning', title: 'A permit with no earlier deny of the same address family has no effect', p1: true, fix: 'review' },
  check: ({ config }, ctx) => {
    if (SKIP_KINDS.has(config.kind)) return [];
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      for (const pair of ACL_PAIRS) {
        const denied = new Set<Family>();
        const reported = new Set<Family>();
        for (const v of s.variables) {
          if (v.key === pair.deny) for (const f of families(v.value)) denied.add(f);
          if (v.key !== pair.permit) continue;
          for (const fam of families(v.value)) {
            if (denied.has(fam) || reported.has(fam)) continue;
            reported.add(fam);
            // An inherited permit is reported once, in the template that holds it.
            if (!isLocal(v, ctx)) continue;
            const indent = /^\s*/.exec(ctx.lines.lineText(v.stmt.line))![0];
            const denyLine = `${indent}${pair.deny}=${DENY_ALL[fam]}`;
            out.push({
              message: `${pair.permit}=${v.value} in [${s.name}] comes before any ${fam === 'ipv4' ? 'IPv4' : 'IPv6'} ${pair.deny}: Asterisk starts from "allow" and the last matching rule wins, so this permit restricts nothing. Put ${pair.deny}=${DENY_ALL[fam]} before the first ${pair.permit}.`,
              range: v.stmt.range,
              fixes: [fix(`Insert ${pair.deny}=${DENY_ALL[fam]} before the first ${pair.permit}`, 'review', [insertLineBefore(v.file, v.stmt.line, denyLine, ctx.lines.eol)])],
            });
          }
        }
      }
    }
    return out;
  },
};
