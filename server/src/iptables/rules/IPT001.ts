import type { Rule } from '../../engine/rule';
import type { Fix, RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { edit, tokRange } from './util';

/** `--dport 80,443`: a list needs the multiport match. */
export const IPT001: Rule<IptModel> = {
  meta: { id: 'IPT001', slug: 'port-list-without-multiport', severity: 'error', title: '--dport/--sport with a comma list (needs -m multiport --dports)', p1: true, fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const cmd of model.commands) {
      for (const m of cmd.matches) {
        if (m.spec?.name !== 'tcp' && m.spec?.name !== 'udp') continue;
        for (const o of m.options) {
          const v = o.args[0];
          if (!v || !v.text.includes(',') || (o.spec?.name !== '--dport' && o.spec?.name !== '--sport')) continue;
          const plural = o.spec.name === '--dport' ? '--dports' : '--sports';
          // An explicit `-m tcp` whose only option is this one becomes redundant (and may contradict -p): replace it too.
          const onlyOpt = !m.implicit && m.options.length === 1 && m.flag && cmd.words.indexOf(m.name) + 1 === cmd.words.indexOf(o.neg ?? o.name);
          const start = onlyOpt ? m.flag!.start : (o.neg && o.neg.start < o.name.start ? o.neg.start : o.name.start);
          const neg = o.neg ? '! ' : '';
          const fix: Fix = {
            title: `Use -m multiport ${plural} ${v.text}`,
            kind: 'safe',
            edits: [edit(ctx, start, v.end, `-m multiport ${neg}${plural} ${model.text.slice(v.start, v.end)}`)],
          };
          out.push({
            message: `${o.name.text} takes one port or range, not the list ${v.text}: iptables rejects the rule ("invalid port/service") and the traffic it meant to allow is blocked. Use -m multiport ${plural} ${v.text}.`,
            range: tokRange(ctx, { start: o.name.start, end: v.end }),
            fixes: [fix],
          });
        }
      }
    }
    return out;
  },
};
