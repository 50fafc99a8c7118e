import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix } from './helpers';
import { channelAccounts, removeStatement, general, isChanSip } from './sections';

/** chan_sip's nat flags, so that `yes` and `force_rport,comedia` compare equal. */
function natFlags(v: string): string {
  const set = new Set<string>();
  for (const t of v.toLowerCase().split(',').map((x) => x.trim())) {
    if (t === 'yes') ['force_rport', 'comedia'].forEach((x) => set.add(x));
    else if (t === 'no' || t === 'never') continue;
    else if (t === 'route') set.add('force_rport');
    else if (t) set.add(t);
  }
  return [...set].sort().join(',');
}

/** A peer whose `nat` differs from [general]: replies differ for existing and unknown names. */
export const AST113: Rule<AsteriskModel> = {
  meta: { id: 'AST113', slug: 'sip-peer-nat-differs', severity: 'warning', title: "A peer's nat setting differs from [general] (peer names become discoverable)", fix: 'safe' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const g = general(config);
    const globalNat = natFlags((g && lastVar(g, 'nat')?.value) ?? 'auto_force_rport');
    const out: RawFinding[] = [];
    for (const s of channelAccounts(config)) {
      const v = lastVar(s, 'nat');
      if (!v || natFlags(v.value) === globalNat) continue;
      const local = !v.inheritedFrom && v.file === ctx.doc.file;
      if (!local && s.file !== ctx.doc.file) continue;
      out.push({
        message: `nat=${v.value} on [${s.name}] differs from the [general] setting: chan_sip then answers requests for this peer on a different port than for unknown names, which lets scanners find valid peer names. Set nat once, in [general], and remove it here.`,
        range: local ? v.stmt.range : s.header.nameRange,
        fixes: local ? [fix(`Remove nat= from [${s.name}]`, 'safe', [removeStatement(ctx, v.stmt)])] : [],
        ...(local ? {} : { related: [{ file: v.file, range: v.stmt.range, message: 'nat is set here' }] }),
      });
    }
    return out;
  },
};
