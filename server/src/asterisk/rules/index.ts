import type { Rule } from '../../engine/rule';
import type { AsteriskModel } from '../model';
import { AST001 } from './AST001';
import { AST002 } from './AST002';
import { AST003 } from './AST003';
import { AST004 } from './AST004';
import { AST005 } from './AST005';
import { AST006 } from './AST006';
import { AST007 } from './AST007';
import { AST101 } from './AST101';
import { AST102 } from './AST102';
import { AST104 } from './AST104';

/** Every AST rule of this room, in id order. */
export const ASTERISK_RULES: Rule<AsteriskModel>[] = [AST001, AST002, AST003, AST004, AST005, AST006, AST007, AST101, AST102, AST104];
