import type { Rule } from '../../engine/rule';
import type { AsteriskModel } from '../model';
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

/** Credential (AST2xx) and dialplan (AST4xx) rules, in id order; index.ts merges them into the room's list. */
export const CREDENTIAL_RULES: Rule<AsteriskModel>[] = [AST201, AST202, AST203, AST204, AST205, AST206];
export const DIALPLAN_RULES: Rule<AsteriskModel>[] = [AST401, AST402, AST403, AST404, AST405, AST406, AST407, AST408];
