/**
 * The bridge from the config reader (config/) to the tester: a ResolvedFilter becomes the
 * FilterDefinition fail2ban's server filter would receive.
 */
import type { ResolvedFilter } from '../config/filter';
import type { FilterDefinition } from '../regex/compile';

export function definitionOf(f: ResolvedFilter): FilterDefinition {
  return {
    prefregex: f.prefregex?.text,
    failregex: f.failregex.map((l) => l.text),
    ignoreregex: f.ignoreregex.map((l) => l.text),
    datepattern: f.datepattern?.text,
    maxlines: f.maxlines,
    usedns: f.usedns,
  };
}
