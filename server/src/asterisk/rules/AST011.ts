import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { isKnownOption, suggestOption, tableFor } from '../options';
import type { OptionTable } from '../options/types';
import { edit, fix, isLocal } from './helpers';
import { typeOf } from './sections';

/**
 * pjsip.conf: the object types an option name belongs to (undefined: any type, or not described).
 * res_pjsip refuses an object holding an option of another type ("Could not find option suitable
 * for category …"), so that endpoint, aor or auth is not created at all.
 */
function pjsipTypes(table: OptionTable, name: string): string[] | undefined {
  const specs = table.options.filter((o) => o.name === name);
  if (!specs.length || specs.some((o) => !o.sections)) return undefined;
  return [...new Set(specs.flatMap((o) => o.sections!))];
}

/** The pjsip types an option may take in the message ("an endpoint or aor option"). */
function typeList(types: string[]): string {
  return types.length === 1 ? types[0] : `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}

/** Sections whose keys are not options (dialplan contexts, globals). */
function checked(kind: string, key: string): boolean {
  if (kind === 'extensions') return key === 'general';
  if (kind === 'modules') return key === 'modules';
  return true;
}

/** Whether the catalogue describes options of this pjsip type (otherwise nothing is said about it). */
function pjsipTypeKnown(table: OptionTable, type: string): boolean {
  return table.options.some((o) => o.sections?.includes(type));
}

/** An option name the module does not read in this file (or, in pjsip.conf, for this object type): a typo means the setting silently does nothing. */
export const AST011: Rule<AsteriskModel> = {
  meta: { id: 'AST011', slug: 'unknown-option', severity: 'warning', title: 'Option name unknown for this file', fix: 'safe' },
  check: ({ config }, ctx) => {
    const table = tableFor(config.kind);
    if (!table || !table.closed) return [];
    const out: RawFinding[] = [];
    for (const s of config.sections) {
      if (!checked(config.kind, s.key)) continue;
      const pjsipType = config.kind === 'pjsip' && !s.template ? typeOf(s) : '';
      for (const v of s.variables) {
        if (!isLocal(v, ctx)) continue;
        if (pjsipType && v.name !== 'type' && isKnownOption(config.kind, v.name)) {
          const types = pjsipTypes(table, v.name.toLowerCase());
          if (types && !types.includes(pjsipType) && pjsipTypeKnown(table, pjsipType)) {
            out.push({
              severity: 'error',
              message: `"${v.name}" is not an option of type=${pjsipType} objects (it is ${/^[aeiou]/.test(types[0]) ? 'an' : 'a'} ${typeList(types)} option): Asterisk refuses to create [${s.name}] ("Could not find option suitable for category"), so this ${pjsipType} does not exist at all. Move the line to the ${typeList(types)} section it belongs to, or remove it.`,
              range: v.stmt.nameRange,
              fixes: [],
            });
          }
          continue;
        }
        if (isKnownOption(config.kind, v.name)) continue;
        const guess = suggestOption(config.kind, v.name);
        out.push({
          // res_pjsip refuses an object with an option it does not know; chan_sip and the others skip it
          ...(config.kind === 'pjsip' && !s.template && typeOf(s) ? { severity: 'error' as const } : {}),
          message:
            config.kind === 'pjsip' && !s.template && typeOf(s)
              ? `${table.file} has no option "${v.name}": Asterisk refuses to create [${s.name}] ("Could not find option suitable for category"), so this ${typeOf(s)} does not exist at all.${guess ? ` Did you mean "${guess}"?` : ' Check the spelling against the documentation.'}`
              : `${table.file} has no option "${v.name}": Asterisk ignores it, so this setting does nothing.${guess ? ` Did you mean "${guess}"?` : ' Check the spelling against the documentation.'}`,
          range: v.stmt.nameRange,
          fixes: guess ? [fix(`Rename to ${guess}`, 'safe', [edit(v.file, v.stmt.nameRange, guess)])] : [],
        });
      }
    }
    return out;
  },
};
