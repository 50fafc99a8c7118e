import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { findOption, sectionClass } from '../options';
import { isLocal } from './helpers';

const SCALAR = new Set(['bool', 'int', 'enum', 'string', 'address', 'secret', 'context']);
/** Options that are scalar in the catalogue but legitimately repeated. */
const REPEATABLE = new Set(['bindaddr', 'secret', 'acl', 'load', 'noload', 'preload', 'require', 'auth', 'outbound_auth', 'aors', 'transport']);

/** A scalar option set twice in one section: only the last counts, the first is dead text. */
export const AST012: Rule<AsteriskModel> = {
  meta: { id: 'AST012', slug: 'duplicate-scalar-option', severity: 'info', title: 'A scalar option is set twice in one section (the last wins)' },
  check: ({ config }, ctx) => {
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      // Dialplan contexts hold exten/same lines, not options.
      if (config.kind === 'extensions' && s.key !== 'general') continue;
      const cls = sectionClass(config, s);
      const seen = new Map<string, number>();
      for (const v of s.variables) {
        if (!isLocal(v, ctx) || v.op === '+=' || REPEATABLE.has(v.key)) continue;
        const spec = findOption(config.kind, v.name, cls);
        if (!spec?.doc || !SCALAR.has(spec.type)) continue;
        const first = seen.get(v.key);
        if (first === undefined) {
          seen.set(v.key, v.stmt.line);
          continue;
        }
        out.push({
          message: `${v.name} is already set in [${s.name}] on line ${first + 1}; only this later value counts. Remove the line that should not apply.`,
          range: v.stmt.nameRange,
          related: [{ file: v.file, range: ctx.lines.lineRange(first), message: 'first setting' }],
        });
      }
    }
    return out;
  },
};
