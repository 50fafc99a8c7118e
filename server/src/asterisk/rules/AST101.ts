import type { Rule } from '../../engine/rule';
import { firstSection, isTrue } from '../config/query';
import { isChanSip } from './sections';
import type { AsteriskModel } from '../model';
import { edit, fix, missingOptionFinding, optionFinding } from './helpers';

const WHY = 'chan_sip then accepts calls from anyone who is not a configured peer (no authentication) into the [general] context, and guests make account names discoverable';

/** sip.conf `[general] allowguest` absent (default yes) or true. */
export const AST101: Rule<AsteriskModel> = {
  meta: { id: 'AST101', slug: 'sip-allowguest', severity: 'error', title: 'sip.conf allows unauthenticated guest calls (allowguest absent or true)', p1: true, fix: 'review' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const general = firstSection(config, 'general');
    if (!general) {
      const first = config.sections.find((s) => s.file === ctx.doc.file);
      if (!first) return [];
      return [{
        message: `sip.conf has no [general] section, so allowguest keeps its default (yes): ${WHY}. Add [general] with allowguest=no.`,
        range: first.header.nameRange,
        fixes: [fix('Add [general] with allowguest=no', 'review', [edit(ctx.doc.file, { start: { line: first.header.line, character: 0 }, end: { line: first.header.line, character: 0 } }, `[general]${ctx.lines.eol}allowguest=no${ctx.lines.eol}${ctx.lines.eol}`)])],
      }];
    }
    const v = general.variables.filter((x) => x.key === 'allowguest').pop();
    if (!v) {
      return [missingOptionFinding(general, 'allowguest', ctx, `allowguest is not set in [general] and defaults to yes: ${WHY}. Set allowguest=no.`, 'no', 'review')];
    }
    // chan_sip reads it with ast_true(): an unrecognised word means "no" (AST009 reports the word).
    if (!isTrue(v.value)) return [];
    return [optionFinding(general, v, ctx, `allowguest=${v.value} lets unauthenticated callers in: ${WHY}. Set allowguest=no.`, 'no', 'review')];
  },
};
