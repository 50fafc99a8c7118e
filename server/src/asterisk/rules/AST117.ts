import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';
import { channelAccounts, isChanSip } from './sections';

/** `trustrpid=yes` on a phone (dynamic, or with a secret): it can set any caller ID it likes. */
export const AST117: Rule<AsteriskModel> = {
  meta: { id: 'AST117', slug: 'sip-trustrpid-device', severity: 'warning', title: 'trustrpid=yes on a device', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const out: RawFinding[] = [];
    for (const s of channelAccounts(config)) {
      const v = lastVar(s, 'trustrpid');
      if (!v || !isTrue(v.value)) continue;
      const dynamic = (lastVar(s, 'host')?.value ?? '').trim().toLowerCase() === 'dynamic';
      const device = dynamic || !!lastVar(s, 'secret')?.value || !!lastVar(s, 'md5secret')?.value;
      if (!device || (v.file !== ctx.doc.file && s.file !== ctx.doc.file)) continue;
      out.push(optionFinding(s, v, ctx, `trustrpid=yes on [${s.name}], a device${dynamic ? ' that registers from anywhere' : ' with a password'}: it can present any caller ID (Remote-Party-ID) and Asterisk will believe it. Trust identity headers only from trunks you control.`, 'no', 'safe'));
    }
    return out;
  },
};
