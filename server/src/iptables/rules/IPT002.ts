import type { Rule } from '../../engine/rule';
import type { Fix, RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { diagnosticsOf, edit } from './util';

/** `-p udp -m tcp`, `--dport` without `-p`: the match and the protocol disagree. */
export const IPT002: Rule<IptModel> = {
  meta: { id: 'IPT002', slug: 'match-protocol-mismatch', severity: 'error', title: '-m tcp/-m udp or port options incompatible with -p (or no -p)', p1: true, fix: 'safe' },
  check(model, ctx) {
    const found = diagnosticsOf(model, 'IPT002', ctx);
    const out: RawFinding[] = [];
    for (const f of found) {
      const cmd = model.commands.find((c) => c.diagnostics.some((d) => d.ruleId === 'IPT002' && ctx.lines.positionAt(d.start).line === f.range.start.line && ctx.lines.positionAt(d.start).character === f.range.start.character));
      const m = cmd?.matches.find((x) => x.name.start === ctx.lines.offsetAt(f.range.start));
      const proto = cmd?.protocol && !cmd.protocol.neg ? cmd.protocol.value.text.toLowerCase() : undefined;
      const fixes: Fix[] = [];
      if (cmd && m && (m.name.text === 'tcp' || m.name.text === 'udp')) {
        const list = m.options.find((o) => o.args[0]?.text.includes(',') && (o.spec?.name === '--dport' || o.spec?.name === '--sport'));
        const adjacent = list && cmd.words.indexOf(m.name) + 1 === cmd.words.indexOf(list.neg ?? list.name) && m.options.length === 1;
        if (proto === 'tcp' || proto === 'udp') {
          if (adjacent && list && m.flag) {
            // The port list must become multiport anyway: one edit makes the line load.
            const plural = list.spec!.name === '--dport' ? '--dports' : '--sports';
            fixes.push({ title: `Use -m multiport ${plural} (works with -p ${proto})`, kind: 'safe', edits: [edit(ctx, m.flag.start, list.args[0].end, `-m multiport ${list.neg ? '! ' : ''}${plural} ${model.text.slice(list.args[0].start, list.args[0].end)}`)] });
          } else fixes.push({ title: `Use -m ${proto} to match -p ${proto}`, kind: 'safe', edits: [edit(ctx, m.name.start, m.name.end, proto)] });
        } else if (!cmd.protocol && m.flag) {
          fixes.push({ title: `Add -p ${m.name.text}`, kind: 'safe', edits: [edit(ctx, m.flag.start, m.flag.start, `-p ${m.name.text} `)] });
        }
      }
      out.push({ ...f, fixes });
    }
    return out;
  },
};
