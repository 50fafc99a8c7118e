/** The option catalogues, by file kind, and lookups over them. */
import type { ConfigKind } from '../config/types';
import { ACL_OPTIONS } from './acl';
import { ARI_OPTIONS } from './ari';
import { ASTERISK_OPTIONS } from './asterisk';
import { EXTENSIONS_OPTIONS } from './extensions';
import { HTTP_OPTIONS } from './http';
import { IAX_OPTIONS } from './iax';
import { LOGGER_OPTIONS } from './logger';
import { MANAGER_OPTIONS } from './manager';
import { MODULES_OPTIONS } from './modules';
import { PJSIP_OPTIONS } from './pjsip';
import { PJSIP_WIZARD_OPTIONS } from './pjsipWizard';
import { RTP_OPTIONS } from './rtp';
import { SIP_OPTIONS } from './sip';
import type { OptionSpec, OptionTable } from './types';


export const OPTION_TABLES: OptionTable[] = [
  SIP_OPTIONS, PJSIP_OPTIONS, PJSIP_WIZARD_OPTIONS, IAX_OPTIONS, MANAGER_OPTIONS, HTTP_OPTIONS, ARI_OPTIONS,
  LOGGER_OPTIONS, RTP_OPTIONS, ACL_OPTIONS, ASTERISK_OPTIONS, MODULES_OPTIONS, EXTENSIONS_OPTIONS,
];

export function tableFor(kind: ConfigKind): OptionTable | undefined {
  return OPTION_TABLES.find((t) => t.kind === kind);
}

/** Keys such as manager.conf `eventfilter(action(exclude),…)` are looked up by the part before `(`. */
export function baseKey(name: string): string {
  const i = name.indexOf('(');
  return (i > 0 ? name.slice(0, i) : name).trim().toLowerCase();
}

/** The catalogue entry of an option; with a section class, the entry for that class is preferred. */
export function findOption(kind: ConfigKind, name: string, cls?: string): OptionSpec | undefined {
  const key = baseKey(name);
  const all = tableFor(kind)?.options.filter((o) => o.name === key) ?? [];
  return (cls !== undefined ? all.find((o) => o.sections?.includes(cls)) : undefined) ?? all.find((o) => !o.sections) ?? all[0];
}

export function isKnownOption(kind: ConfigKind, name: string): boolean {
  const t = tableFor(kind);
  if (!t) return true;
  const key = baseKey(name);
  return t.options.some((o) => o.name === key) || t.names.includes(key);
}

/** Every option name of a file kind (described ones first). */
export function optionNames(kind: ConfigKind): string[] {
  const t = tableFor(kind);
  return t ? [...new Set([...t.options.map((o) => o.name), ...t.names])] : [];
}

/** Damerau-free Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest known option name, when close enough to be a typo. */
export function suggestOption(kind: ConfigKind, name: string): string | undefined {
  const key = baseKey(name);
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of optionNames(kind)) {
    const d = editDistance(key, n);
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}
