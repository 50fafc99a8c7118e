import type { Rule } from '../../engine/rule';
import { compareRuleIds } from '../../engine/registry';
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
import { AST103 } from './AST103';
import { AST104 } from './AST104';
import { AST105 } from './AST105';
import { AST106 } from './AST106';
import { AST107 } from './AST107';
import { AST108 } from './AST108';
import { AST110 } from './AST110';
import { AST111 } from './AST111';
import { AST112 } from './AST112';
import { AST113 } from './AST113';
import { AST114 } from './AST114';
import { AST115 } from './AST115';
import { AST116 } from './AST116';
import { AST117 } from './AST117';
import { AST118 } from './AST118';
import { AST130 } from './AST130';
import { AST131 } from './AST131';
import { AST132 } from './AST132';
import { AST133 } from './AST133';
import { AST134 } from './AST134';
import { AST135 } from './AST135';
import { AST136 } from './AST136';
import { AST137 } from './AST137';
import { AST150 } from './AST150';
import { AST151 } from './AST151';
import { AST152 } from './AST152';
import { AST301 } from './AST301';
import { AST302 } from './AST302';
import { AST303 } from './AST303';
import { AST304 } from './AST304';
import { AST310 } from './AST310';
import { AST311 } from './AST311';
import { AST320 } from './AST320';
import { AST321 } from './AST321';
import { AST330 } from './AST330';
import { AST331 } from './AST331';
import { AST332 } from './AST332';
import { AST501 } from './AST501';
import { AST502 } from './AST502';
import { AST503 } from './AST503';
import { AST504 } from './AST504';
import { CREDENTIAL_RULES, DIALPLAN_RULES } from './credentialAndDialplanRules';

/** Every AST rule of this room, in id order (credential and dialplan rules are listed in their own file). */
export const ASTERISK_RULES: Rule<AsteriskModel>[] = [
  AST001, AST002, AST003, AST004, AST005, AST006, AST007, AST008, AST009, AST010,
  AST011, AST012, AST101, AST102, AST103, AST104, AST105, AST106, AST107, AST108,
  AST110, AST111, AST112, AST113, AST114, AST115, AST116, AST117, AST118, AST130,
  AST131, AST132, AST133, AST134, AST135, AST136, AST137, AST150, AST151, AST152,
  AST301, AST302, AST303, AST304, AST310, AST311, AST320, AST321, AST330, AST331,
  AST332, AST501, AST502, AST503, AST504,
  ...CREDENTIAL_RULES,
  ...DIALPLAN_RULES,
].sort((a, b) => compareRuleIds(a.meta.id, b.meta.id));
