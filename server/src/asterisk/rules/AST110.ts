import type { Rule } from '../../engine/rule';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';
import { general, isChanSip } from './sections';

/** sip.conf `autocreatepeer` yes/persist: unknown devices register without authentication. */
export const AST110: Rule<AsteriskModel> = {
  meta: { id: 'AST110', slug: 'sip-autocreatepeer', severity: 'error', title: 'sip.conf autocreatepeer lets unknown devices register without authentication', fix: 'review' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const g = general(config);
    const v = g && lastVar(g, 'autocreatepeer');
    if (!g || !v || !(isTrue(v.value) || v.value.trim().toLowerCase() === 'persist')) return [];
    return [optionFinding(g, v, ctx, `autocreatepeer=${v.value} lets any device that is not configured register and call without authentication. Set autocreatepeer=no.`, 'no', 'review')];
  },
};
