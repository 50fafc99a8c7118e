import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { parsePyRegex } from '../regex/pyParse';
import { filterRegexLines, label, lineRange } from './filterShared';
import { isDuplicateTagGroup } from './F2B201';

export const F2B205: Rule<Fail2banModel> = {
  meta: { id: 'F2B205', slug: 'regex-two-hosts', severity: 'error', title: 'Two host tags in one regex (duplicate group)' },
  check(model) {
    const out: RawFinding[] = [];
    for (const r of filterRegexLines(model)) {
      const p = parsePyRegex(r.expanded.regex);
      if (p.ok || !isDuplicateTagGroup(p.message)) continue;
      const at = r.expanded.toSource(p.offset);
      const tag = r.expanded.tags.find((t) => t.start === at);
      out.push({
        message: `${label(r)} has a second host tag${tag ? ` <${tag.tag}>` : ''}: each tag defines the same named groups, Python refuses the duplicate, and fail2ban does not load the filter. Keep one <HOST> (use <IP4>/<IP6> or <F-ID> for the other part).`,
        range: lineRange(model, r.line, at, tag ? tag.end : at + 1),
      });
    }
    return out;
  },
};
