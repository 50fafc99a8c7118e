import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { isKnownOption, suggestOption, tableFor } from '../options';
import { edit, fix, isLocal } from './helpers';

/** Sections whose keys are not options (dialplan contexts, globals). */
function checked(kind: string, key: string): boolean {
  if (kind === 'extensions') return key === 'general';
  if (kind === 'modules') return key === 'modules';
  return true;
}

/** An option name the module does not read in this file: a typo means the setting silently does nothing. */
export const AST011: Rule<AsteriskModel> = {
  meta: { id: 'AST011', slug: 'unknown-option', severity: 'warning', title: 'Option name unknown for this file', fix: 'safe' },
  check: ({ config }, ctx) => {
    const table = tableFor(config.kind);
    if (!table || !table.closed) return [];
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      if (!checked(config.kind, s.key)) continue;
      for (const v of s.variables) {
        if (!isLocal(v, ctx) || isKnownOption(config.kind, v.name)) continue;
        const guess = suggestOption(config.kind, v.name);
        out.push({
          message: `${table.file} has no option "${v.name}": Asterisk ignores it, so this setting does nothing.${guess ? ` Did you mean "${guess}"?` : ' Check the spelling against the documentation.'}`,
          range: v.stmt.nameRange,
          fixes: guess ? [fix(`Rename to ${guess}`, 'safe', [edit(v.file, v.stmt.nameRange, guess)])] : [],
        });
      }
    }
    return out;
  },
};
