import type { Rule } from '../../engine/rule';
import type { AsteriskModel } from '../model';
import { AST001 } from './AST001';
import { AST002 } from './AST002';
import { AST003 } from './AST003';
import { AST004 } from './AST004';
import { AST005 } from './AST005';
import { AST006 } from './AST006';
import { AST007 } from './AST007';
import { AST008 } from './AST008';
import { AST009 } from './AST009';
import { AST010 } from './AST010';
import { AST011 } from './AST011';
import { AST012 } from './AST012';
import { AST101 } from './AST101';
import { AST102 } from './AST102';
import { AST104 } from './AST104';
import { AST201 } from './AST201';
import { AST202 } from './AST202';
import { AST203 } from './AST203';
import { AST204 } from './AST204';
import { AST205 } from './AST205';
import { AST206 } from './AST206';
import { AST401 } from './AST401';
import { AST402 } from './AST402';
import { AST403 } from './AST403';
import { AST404 } from './AST404';
import { AST405 } from './AST405';
import { AST406 } from './AST406';
import { AST407 } from './AST407';
import { AST408 } from './AST408';

/** Every AST rule of this room, in id order. */
export const ASTERISK_RULES: Rule<AsteriskModel>[] = [
  AST001, AST002, AST003, AST004, AST005, AST006, AST007, AST008, AST009, AST010, AST011, AST012, AST101, AST102, AST104, AST201, AST202, AST203, AST204, AST205, AST206, AST401, AST402, AST403, AST404, AST405, AST406, AST407, AST408,
];
