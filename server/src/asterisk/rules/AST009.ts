import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isFalse, isTrue } from '../config/query';
import type { AsteriskModel } from '../model';
import { findOption, sectionClass } from '../options';
import { fix, isLocal, replaceValue } from './helpers';

/** A boolean option whose value ast_true()/ast_false() do not recognise: Asterisk reads it as false. */
export const AST009: Rule<AsteriskModel> = {
  meta: { id: 'AST009', slug: 'invalid-boolean', severity: 'warning', title: 'A boolean option has a value Asterisk reads as neither true nor false', fix: 'safe' },
  check: ({ config }, ctx) => {
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      // Dialplan contexts hold exten/same lines, not options.
      if (config.kind === 'extensions' && s.key !== 'general') continue;
      const cls = sectionClass(config, s);
      for (const v of s.variables) {
        if (!isLocal(v, ctx) || !v.value) continue;
        const spec = findOption(config.kind, v.name, cls);
        // Only hand-described options: a type inferred from a default alone may miss enum values (100rel=required).
        if (spec?.type !== 'bool' || !spec.doc || isTrue(v.value) || isFalse(v.value)) continue;
        out.push({
          message: `${v.name}=${v.value} is not a boolean Asterisk knows (yes/no, true/false, on/off, 1/0), so it is read as "no"${spec.default === 'yes' ? `, although the default is yes` : ''}. Write yes or no.`,
          range: v.stmt.valueRange,
          fixes: [fix(`Write ${v.name}=no (what Asterisk reads today)`, 'safe', [replaceValue(v, 'no')]), fix(`Write ${v.name}=yes`, 'review', [replaceValue(v, 'yes')])],
        });
      }
    }
    return out;
  },
};
