import type { Rule } from '../../engine/rule';
import type { Fail2banModel } from '../model';
import { F2B001 } from './F2B001';
import { F2B002 } from './F2B002';
import { F2B003 } from './F2B003';
import { F2B004 } from './F2B004';
import { F2B005 } from './F2B005';
import { F2B006 } from './F2B006';
import { F2B007 } from './F2B007';
import { F2B008 } from './F2B008';
import { F2B009 } from './F2B009';
import { F2B101 } from './F2B101';
import { F2B102 } from './F2B102';
import { F2B103 } from './F2B103';
import { F2B104 } from './F2B104';
import { F2B105 } from './F2B105';
import { F2B106 } from './F2B106';
import { F2B107 } from './F2B107';
import { F2B108 } from './F2B108';
import { F2B109 } from './F2B109';
import { filterRules } from './filterRules';

/** Every fail2ban rule (F2B0xx syntax, F2B1xx jails, F2B2xx filters), in id order. */
export const FAIL2BAN_RULES: Rule<Fail2banModel>[] = [
  F2B001, F2B002, F2B003, F2B004, F2B005, F2B006, F2B007, F2B008, F2B009,
  F2B101, F2B102, F2B103, F2B104, F2B105, F2B106, F2B107, F2B108, F2B109,
  ...filterRules,
];
