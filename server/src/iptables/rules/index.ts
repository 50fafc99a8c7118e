import type { Rule } from '../../engine/rule';
import type { IptModel } from '../model';
import { IPT001 } from './IPT001';
import { IPT002 } from './IPT002';
import { IPT003 } from './IPT003';
import { IPT004 } from './IPT004';
import { IPT005 } from './IPT005';
import { IPT006 } from './IPT006';
import { IPT007 } from './IPT007';
import { IPT008 } from './IPT008';
import { IPT009 } from './IPT009';
import { IPT101 } from './IPT101';
import { IPT102 } from './IPT102';
import { IPT103 } from './IPT103';
import { IPT104 } from './IPT104';
import { IPT105 } from './IPT105';
import { IPT201 } from './IPT201';
import { IPT202 } from './IPT202';
import { IPT203 } from './IPT203';
import { IPT204 } from './IPT204';
import { IPT301 } from './IPT301';
import { IPT302 } from './IPT302';
import { IPT303 } from './IPT303';
import { IPT304 } from './IPT304';
import { IPT305 } from './IPT305';
import { IPT306 } from './IPT306';
import { IPT307 } from './IPT307';
import { IPT308 } from './IPT308';
import { IPT309 } from './IPT309';
import { IPT310 } from './IPT310';
import { IPT311 } from './IPT311';

/** Every IPT rule, in catalogue order. */
export const IPT_RULES: Rule<IptModel>[] = [
  IPT001, IPT002, IPT003, IPT004, IPT005, IPT006, IPT007, IPT008, IPT009,
  IPT101, IPT102, IPT103, IPT104, IPT105,
  IPT201, IPT202, IPT203, IPT204,
  IPT301, IPT302, IPT303, IPT304, IPT305, IPT306, IPT307, IPT308, IPT309, IPT310, IPT311,
];
