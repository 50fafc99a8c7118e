import type { CrossFileRule } from '../engine/rule';

/** Cross-file (XF) rules. Filled in as the language rooms provide the facts they compare. */
export const crossFileRules: CrossFileRule[] = [];
