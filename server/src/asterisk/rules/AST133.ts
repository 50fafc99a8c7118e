import type { Rule } from '../../engine/rule';
import type { Fix, RawFinding } from '../../engine/types';
import { lastVar, visibleSections } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, insertAfterHeader, inFile } from './helpers';
import { sectionsOfType, siblingConfig } from './sections';

/** A pjsip endpoint without `context`: its calls land in [default]. */
export const AST133: Rule<AsteriskModel> = {
  meta: { id: 'AST133', slug: 'pjsip-default-context', severity: 'warning', title: 'pjsip endpoint without a context (lands in default)', fix: 'review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip') return [];
    const endpoints = sectionsOfType(config, 'endpoint').filter((s) => !lastVar(s, 'context'));
    if (!endpoints.length) return [];
    // Offer the contexts extensions.conf defines (a few), never an invented one.
    const ext = siblingConfig(ctx, 'extensions.conf');
    const contexts = ext ? visibleSections(ext).map((s) => s.name).filter((n) => !/^(general|globals|default)$/i.test(n)).slice(0, 5) : [];
    return endpoints.map((s): RawFinding => {
      const fixes: Fix[] = contexts.map((c) => fix(`Set context=${c}`, 'review', [insertAfterHeader(s, ctx, `context=${c}`)]));
      return {
        message: `Endpoint [${s.name}] has no context, so its calls run in the dialplan context "default", which often holds routes meant for someone else. Give it a context with only what this endpoint may dial.`,
        range: s.header.nameRange,
        ...inFile(s, ctx),
        fixes,
      };
    });
  },
};
