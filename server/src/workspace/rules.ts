import type { CrossFileRule } from '../engine/rule';
import { XF001 } from './rules/XF001';
import { XF002 } from './rules/XF002';
import { XF003 } from './rules/XF003';
import { XF004 } from './rules/XF004';
import { XF005 } from './rules/XF005';
import { XF006 } from './rules/XF006';
import { XF007 } from './rules/XF007';
import { XF008 } from './rules/XF008';

/** Cross-file (XF) rules: the server as one system (asterisk/, fail2ban/ and the firewall compared). */
export const crossFileRules: CrossFileRule[] = [XF001, XF002, XF003, XF004, XF005, XF006, XF007, XF008];
