import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { expandTags } from '../regex/tags';
import { filterRegexLines, label, lineRange } from './filterShared';

const esc = (s: string) => s.replace(/[\\^$.|?*+()[\]{}/-]/g, '\\$&');

/** fail2ban's own lint (tests/samplestestcase.py RE_WRONG_GREED), on the expanded failregex. */
function wrongGreed(version: '1.0' | '1.1'): RegExp {
  const host = expandTags('<HOST>', { version }).regex;
  return new RegExp(`\\.[+*](?!\\?)[^$^]*${esc(host)}[^\\n]*(?:\\.[+*][^\\n]*|[^$])$`);
}

export const F2B203: Rule<Fail2banModel> = {
  meta: { id: 'F2B203', slug: 'regex-greedy-before-host', severity: 'warning', title: 'Greedy .* or .+ before the host tag without a hard end anchor' },
  check(model) {
    const out: RawFinding[] = [];
    const re = wrongGreed(model.env.version);
    for (const r of filterRegexLines(model)) {
      if (r.list !== 'failregex') continue;
      const m = re.exec(r.expanded.regex);
      if (!m) continue;
      const at = r.expanded.toSource(m.index);
      out.push({
        message: `${label(r)}: a greedy ${m[0].slice(0, 2)} before <HOST> with no '$' at the end lets an attacker choose the banned address (text after the real address can contain another one that the greedy part skips to). Make it lazy (.*? / .+?), narrow it ([^']*) or anchor the regex with $.`,
        range: lineRange(model, r.line, at, at + 2),
      });
    }
    return out;
  },
};
