import type { RuleMeta } from './rule';

/**
 * Rules of the engine itself (family AH, "asterisk-harden"): they concern the product's own
 * comments and health, not any one language, so they live beside the suppression code.
 */
export const SUPPRESSION_UNKNOWN_RULE: RuleMeta = {
  id: 'AH001',
  slug: 'suppression-unknown-rule',
  severity: 'info',
  title: 'A suppression comment names a rule that does not exist',
};

export const SUPPRESSION_UNUSED: RuleMeta = {
  id: 'AH002',
  slug: 'suppression-unused',
  severity: 'info',
  title: 'A suppression comment covers no finding',
};

export const INTERNAL_ERROR: RuleMeta = {
  id: 'AH003',
  slug: 'internal-error',
  severity: 'error',
  title: 'The analyser failed on this file (a bug in asterisk-harden; the rest of the analysis still ran)',
};

export const ENGINE_RULES: RuleMeta[] = [SUPPRESSION_UNKNOWN_RULE, SUPPRESSION_UNUSED, INTERNAL_ERROR];
