import type { Rule } from '../../engine/rule';
import { firstSection, isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { optionFinding } from './helpers';

/** asterisk.conf `execincludes=yes`: `#exec` in any config file runs programs at every reload. */
export const AST331: Rule<AsteriskModel> = {
  meta: { id: 'AST331', slug: 'core-execincludes', severity: 'warning', title: 'asterisk.conf execincludes is on', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'asterisk') return [];
    const o = firstSection(config, 'options');
    const v = o && lastVar(o, 'execincludes');
    if (!o || !v || !isTrue(v.value)) return [];
    return [optionFinding(o, v, ctx, 'execincludes=yes makes every #exec line in any configuration file run a program at each reload; whoever can write one config file (AMI config access included) can run commands. Set execincludes=no and generate files ahead of time.', 'no', 'review')];
  },
};
