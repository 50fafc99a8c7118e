import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { Fail2banModel } from '../model';
import { includeLines, spanRange } from './shared';

export const F2B006: Rule<Fail2banModel> = {
  meta: { id: 'F2B006', slug: 'include-list-on-one-line', severity: 'warning', title: '`before = a.conf b.conf`: one file per line, else silently ignored', fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const { option: opt, line: l } of includeLines(model)) {
      const names = l.text.split(/\s+/).filter(Boolean);
      if (names.length < 2) continue;
      // Continuation lines aligned under the first name, deeper than the key, so they stay in the value.
      const indent = ' '.repeat(Math.max(l.start, opt.keySpan.start + 1));
      out.push({
        message: `fail2ban reads '${l.text}' as ONE file name (the list is split on newlines only), finds no such file and silently includes nothing. Put one file per line.`,
        range: spanRange(l),
        fixes: [{ title: 'One include per line', kind: 'safe', edits: [{ file: ctx.doc.file, range: spanRange(l), newText: names.join(ctx.lines.eol + indent) }] }],
      });
    }
    return out;
  },
};
