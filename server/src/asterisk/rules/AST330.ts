import type { Rule } from '../../engine/rule';
import { firstSection, isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';

/** asterisk.conf `live_dangerously=yes`: AMI/ARI may run escalating functions such as SHELL(). */
export const AST330: Rule<AsteriskModel> = {
  meta: { id: 'AST330', slug: 'core-live-dangerously', severity: 'error', title: 'asterisk.conf live_dangerously is on', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'asterisk') return [];
    const o = firstSection(config, 'options');
    const v = o && lastVar(o, 'live_dangerously');
    if (!o || !v || !isTrue(v.value)) return [];
    return [optionFinding(o, v, ctx, 'live_dangerously=yes lets AMI and ARI clients call functions such as SHELL() and FILE() and read files outside the configuration directory: a manager login becomes shell access. Set live_dangerously=no.', 'no', 'safe')];
  },
};
