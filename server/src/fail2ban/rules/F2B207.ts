import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { filterRegexLines, label, lineRange } from './filterShared';

export const F2B207: Rule<Fail2banModel> = {
  meta: { id: 'F2B207', slug: 'regex-unanchored', severity: 'info', title: 'A failregex not anchored at ^ (slow, and may match attacker-controlled text)' },
  check(model) {
    const out: RawFinding[] = [];
    for (const r of filterRegexLines(model)) {
      if (r.list !== 'failregex') continue;
      const text = r.expanded.regex.replace(/^\s+/, '').replace(/^(\(\?[aiLmsux]+\))+/, '');
      if (text.startsWith('^') || text.startsWith('\\A')) continue;
      const first = r.line.text.search(/\S/);
      out.push({
        message: `${label(r)} is not anchored at ^: it is searched at every position of every line (slow on large logs), and it can match text an attacker put inside a message (a user name or URL containing the pattern). Start it with ^ (after the prefregex's <F-CONTENT>, ^ is the start of the message).`,
        range: lineRange(model, r.line, Math.max(0, first)),
      });
    }
    return out;
  },
};
