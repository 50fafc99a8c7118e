import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { parsePyRegex } from '../regex/pyParse';
import { filterRegexLines, label, lineRange } from './filterShared';

/** Python reports a second host tag as a group redefinition: F2B205 names that case. */
export function isDuplicateTagGroup(message: string): boolean {
  return /^redefinition of group name '(ip4|ip6|dns|cidr|fid|fport)'/.test(message);
}

export const F2B201: Rule<Fail2banModel> = {
  meta: { id: 'F2B201', slug: 'regex-invalid', severity: 'error', title: 'A failregex/ignoreregex/prefregex that does not compile after fail2ban\'s expansion', p1: true },
  check(model) {
    const out: RawFinding[] = [];
    for (const r of filterRegexLines(model)) {
      const p = parsePyRegex(r.expanded.regex);
      if (p.ok || isDuplicateTagGroup(p.message)) continue;
      const at = r.expanded.toSource(p.offset);
      out.push({
        message: `${label(r)} does not compile (Python re: ${p.message}): fail2ban refuses to load this filter, so the jail using it does not start and nothing gets banned. Fix the regex at this position.`,
        range: lineRange(model, r.line, at),
      });
    }
    return out;
  },
};
