import type { Rule } from '../../engine/rule';
import { firstSection, isFalse, lastVar } from '../config/query';
import { isChanSip } from './sections';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';

/** sip.conf `[general] alwaysauthreject` false: unknown users get 404, so account names can be enumerated. */
export const AST102: Rule<AsteriskModel> = {
  meta: { id: 'AST102', slug: 'sip-alwaysauthreject-off', severity: 'error', title: 'sip.conf alwaysauthreject is off (account names can be enumerated)', p1: true, fix: 'safe' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const general = firstSection(config, 'general');
    const v = general && lastVar(general, 'alwaysauthreject');
    if (!general || !v || !isFalse(v.value)) return [];
    return [optionFinding(general, v, ctx, `alwaysauthreject=${v.value} makes chan_sip answer "404 Not Found" for unknown users and "401" for real ones, so scanners learn which account names exist before guessing passwords. Set alwaysauthreject=yes.`, 'yes', 'safe')];
  },
};
