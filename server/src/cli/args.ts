import { UsageError } from './io';

export interface ParsedArgs {
  flags: Map<string, string | true>;
  positional: string[];
}

/**
 * A small GNU-style parser: `--flag`, `--flag value`, `--flag=value`, `--` ends options. `valued`
 * lists the flags that take a value; `known` all accepted flags (anything else is a usage error).
 */
export function parseArgs(argv: string[], valued: string[], known: string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (!known.includes(name) && !valued.includes(name)) throw new UsageError(`unknown option --${name}`);
      if (valued.includes(name)) {
        const value = eq !== -1 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else {
        if (eq !== -1) throw new UsageError(`--${name} takes no value`);
        flags.set(name, true);
      }
    } else if (a === '-h') {
      flags.set('help', true);
    } else {
      positional.push(a);
    }
  }
  return { flags, positional };
}

export function oneOf<T extends string>(value: string | true | undefined, allowed: readonly T[], flag: string, dflt: T): T {
  if (value === undefined) return dflt;
  if (value === true || !(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of: ${allowed.join(', ')}`);
  return value as T;
}
