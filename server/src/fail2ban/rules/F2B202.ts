import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { parsePyRegex } from '../regex/pyParse';
import { filterRegexLines, label, wholeLine } from './filterShared';

const ID_GROUPS = ['fid', 'ip4', 'ip6', 'dns', 'mlfid'];

export const F2B202: Rule<Fail2banModel> = {
  meta: { id: 'F2B202', slug: 'regex-no-host', severity: 'error', title: 'A failregex without <HOST>, <ADDR>, <IP4>, <IP6>, <DNS>, <CIDR>, <SUBNET> or <F-ID>', p1: true },
  check(model) {
    const out: RawFinding[] = [];
    // *common.conf files are only included by other filters (fail2ban's own tests skip them too)
    if (/common\.(conf|local)$/.test(model.file)) return out;
    const lines = filterRegexLines(model);
    const f = model.kind === 'filter' ? model.filter() : undefined;
    // a prefregex with an id group (e.g. <F-MLFID>) gives every failregex its id
    if (f?.prefregex) {
      const p = parsePyRegex(lines.find((l) => l.list === 'prefregex')?.expanded.regex ?? '');
      if (p.ok && p.groupNames.some((g) => ID_GROUPS.includes(g))) return out;
    }
    for (const r of lines) {
      if (r.list !== 'failregex') continue;
      const p = parsePyRegex(r.expanded.regex);
      if (!p.ok || p.groupNames.some((g) => ID_GROUPS.includes(g))) continue;
      out.push({
        message: `${label(r)} has no host tag (<HOST>, <ADDR>, <IP4>, <IP6>, <DNS>, <SUBNET>) nor <F-ID>: fail2ban refuses the filter ("No failure-id group"), so the jail bans nobody. Put <HOST> where the attacker's address appears.`,
        range: wholeLine(model, r.line),
      });
    }
    return out;
  },
};
