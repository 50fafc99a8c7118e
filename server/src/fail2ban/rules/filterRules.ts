import type { Rule } from '../../engine/rule';
import type { Fail2banModel } from '../model';
import { F2B201 } from './F2B201';
import { F2B202 } from './F2B202';
import { F2B203 } from './F2B203';
import { F2B204 } from './F2B204';
import { F2B205 } from './F2B205';
import { F2B206 } from './F2B206';
import { F2B207 } from './F2B207';

/** The filter rules (filter.d/*): regexes and datepattern, with exact columns in the filter file. */
export const filterRules: Rule<Fail2banModel>[] = [F2B201, F2B202, F2B203, F2B204, F2B205, F2B206, F2B207];
