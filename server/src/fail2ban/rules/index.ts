import type { Rule } from '../../engine/rule';
import type { Fail2banModel } from '../model';
import { F2B101 } from './F2B101';
import { filterRules } from './filterRules';

/** Every fail2ban rule, in id order. */
export const FAIL2BAN_RULES: Rule<Fail2banModel>[] = [F2B101, ...filterRules];
