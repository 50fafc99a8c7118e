/** The class of a section for option lookups: its pjsip type, or general/account for the others. */
import { lastVar } from '../config/query';
import type { AsteriskConfig, ConfigSection } from '../config/types';
import type { OptionSpec } from './types';
import { findOption, tableFor } from './catalogue';

export function sectionClass(config: AsteriskConfig, s: ConfigSection | undefined): string | undefined {
  if (!s) return undefined;
  const type = lastVar(s, 'type')?.value.trim().toLowerCase();
  if (config.kind === 'pjsip' || config.kind === 'ari' || config.kind === 'pjsip_wizard') return type || undefined;
  if (s.key === 'general' || s.key === 'options' || s.key === 'modules' || s.key === 'logfiles' || s.key === 'directories') return s.key;
  return type || 'account';
}

/** Described options that belong in a section of this class (those without `sections` fit anywhere). */
export function optionsForClass(config: AsteriskConfig, cls: string | undefined): OptionSpec[] {
  const t = tableFor(config.kind);
  if (!t) return [];
  const seen = new Set<string>();
  return t.options.filter((o) => {
    if (seen.has(o.name)) return false;
    const fits = fitsClass(o, cls);
    if (fits) seen.add(o.name);
    return fits;
  });
}

function fitsClass(o: OptionSpec, cls: string | undefined): boolean {
  if (!o.sections || !cls) return true;
  if (o.sections.includes(cls)) return true;
  // sip/iax account options are listed by type; 'account' accepts every non-general option.
  return cls === 'account' && !o.sections.includes('general');
}

/** The catalogue entry for an option of a given section (pjsip: by the section's type). */
export function optionFor(config: AsteriskConfig, s: ConfigSection | undefined, name: string): OptionSpec | undefined {
  return findOption(config.kind, name, sectionClass(config, s));
}
