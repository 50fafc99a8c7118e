import { randomInt } from 'node:crypto';

/**
 * The one credential generator (fixes, the editor command and `asterisk-harden creds` all call it).
 * `crypto.randomInt` draws each index by rejection sampling, so every symbol is equally likely.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
export const USERNAME_ALPHABET = UPPER + LOWER + DIGITS;
/**
 * Safe in every Asterisk file kind: no `;` (comment), `#` (directive), `,` (list separator),
 * quotes, `\`, `=`, `@` and `:` (dial strings, `register =>`), whitespace or `[` `]` (headers).
 * `$` is left out too, since a secret pasted into a dialplan would be read as a variable.
 */
export const SECRET_SYMBOLS = '-_.+*!%~^';
export const SECRET_ALPHABET = USERNAME_ALPHABET + SECRET_SYMBOLS;

export const MIN_USERNAME_LENGTH = 8;
export const MIN_SECRET_LENGTH = 20;
export const DEFAULT_USERNAME_LENGTH = 12;
export const DEFAULT_SECRET_LENGTH = 24;

export interface GenerateOptions {
  usernameLength?: number;
  secretLength?: number;
}

export interface GeneratedCredentials {
  username: string;
  secret: string;
}

function draw(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/** Lengths below the guide's minimums are raised to them; non-integers are rounded down. */
function clampLength(n: number | undefined, dflt: number, min: number): number {
  if (n === undefined || !Number.isFinite(n)) return dflt;
  return Math.max(min, Math.floor(n));
}

/** A username of ≥ 8 (default 12) `[A-Za-z0-9]` characters, starting with a letter. */
export function generateUsername(length?: number): string {
  const n = clampLength(length, DEFAULT_USERNAME_LENGTH, MIN_USERNAME_LENGTH);
  for (;;) {
    const s = draw(UPPER + LOWER, 1) + draw(USERNAME_ALPHABET, n - 1);
    // Resample the rare draws that our own AST201 would flag (e.g. a run like "aaaa"): the rule and
    // the generator must never disagree.
    if (!hasRun(s)) return s;
  }
}

/**
 * A secret of ≥ 20 (default 24) characters from SECRET_ALPHABET: log2(71) ≈ 6.15 bits a symbol,
 * so 24 characters carry ≈ 147 bits. Draws that would fail our own variety checks (fewer than three
 * character classes, runs of four) are resampled; that removes a negligible share of the space.
 */
export function generateSecret(length?: number): string {
  const n = clampLength(length, DEFAULT_SECRET_LENGTH, MIN_SECRET_LENGTH);
  for (;;) {
    const s = draw(SECRET_ALPHABET, n);
    if (classCount(s) >= 3 && !hasRun(s)) return s;
  }
}

export function generateCredentials(opts: GenerateOptions = {}): GeneratedCredentials {
  return { username: generateUsername(opts.usernameLength), secret: generateSecret(opts.secretLength) };
}

/** Entropy in bits of a generated secret of this length (for messages and the CLI). */
export function secretBits(length: number = DEFAULT_SECRET_LENGTH): number {
  return Math.floor(clampLength(length, DEFAULT_SECRET_LENGTH, MIN_SECRET_LENGTH) * Math.log2(SECRET_ALPHABET.length));
}

export function classCount(s: string): number {
  let n = 0;
  if (/[a-z]/.test(s)) n++;
  if (/[A-Z]/.test(s)) n++;
  if (/[0-9]/.test(s)) n++;
  if (/[^A-Za-z0-9]/.test(s)) n++;
  return n;
}

/** Four identical characters, or four ascending/descending by one code point (`1234`, `dcba`). */
export function hasRun(s: string): boolean {
  for (let i = 0; i + 3 < s.length; i++) {
    const a = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1) - a;
    if (d !== 0 && d !== 1 && d !== -1) continue;
    if (s.charCodeAt(i + 2) - s.charCodeAt(i + 1) === d && s.charCodeAt(i + 3) - s.charCodeAt(i + 2) === d) {
      if (d === 0 || /[A-Za-z0-9]/.test(s[i])) return true;
    }
  }
  return false;
}
