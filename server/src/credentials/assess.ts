/**
 * Strength assessment of secrets and account names, in words. Nothing here returns or logs the
 * value itself: callers put `describe*` output straight into diagnostics.
 */
import { ASTERISK_SAMPLE_SECRETS, KEYBOARD_WALKS, inBuiltinDictionary, isCommonName, normalise } from './dictionary';
import { MIN_SECRET_LENGTH, MIN_USERNAME_LENGTH, classCount, hasRun } from './generate';

/** Below this a secret is an error rather than a warning (AST202). */
export const SHORT_SECRET_ERROR_LENGTH = 12;
/** zxcvbn score (0-4) below which a secret counts as guessable: 4 means at least 10^10 guesses, what a
 * secret exposed to online guessing around the clock needs. */
export const SAFE_SCORE = 4;

export interface Identity {
  /** How to name it in a message: "the username", "the section name", "the extension number". */
  kind: string;
  value: string;
}

export interface SecretAssessment {
  length: number;
  /** "9 characters, digits only": length and composition, never content. */
  shape: string;
  /** AST202: 'error' below 12 characters, 'warning' below 20. */
  short?: 'error' | 'warning';
  /** AST203: the first identity the secret equals, contains or reverses. */
  identity?: { kind: string; how: 'equals' | 'contains' | 'reverses' };
  /** AST204: why the secret is guessable, each in a few words; empty when it is not. */
  guessable: string[];
}

export interface AssessOptions {
  identities?: Identity[];
  /** Run the zxcvbn estimator when the cheap checks find nothing (default true). */
  estimator?: boolean;
}

/** "9 characters, digits only" / "14 characters: lowercase letters and digits". */
export function describeShape(s: string): string {
  const n = [...s].length;
  const parts: string[] = [];
  if (/[a-z]/.test(s)) parts.push('lowercase letters');
  if (/[A-Z]/.test(s)) parts.push('uppercase letters');
  if (/[0-9]/.test(s)) parts.push('digits');
  if (/[^A-Za-z0-9]/.test(s)) parts.push('symbols');
  const count = `${n} character${n === 1 ? '' : 's'}`;
  if (parts.length === 0) return `${count}, empty`;
  if (parts.length === 1) return `${count}, ${parts[0]} only`;
  return `${count}: ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function matchIdentity(secret: string, identities: Identity[]): SecretAssessment['identity'] {
  const s = secret.toLowerCase();
  const rev = [...s].reverse().join('');
  for (const id of identities) {
    const v = id.value.toLowerCase();
    if (!v) continue;
    if (s === v) return { kind: id.kind, how: 'equals' };
    if (rev === v) return { kind: id.kind, how: 'reverses' };
    // Contains only for identities long enough to mean something (an extension "1" is in most secrets).
    if (v.length >= 3 && (s.includes(v) || rev.includes(v))) return { kind: id.kind, how: 'contains' };
  }
  return undefined;
}

export function assessSecret(secret: string, opts: AssessOptions = {}): SecretAssessment {
  const length = [...secret].length;
  const out: SecretAssessment = { length, shape: describeShape(secret), guessable: [] };
  if (length < SHORT_SECRET_ERROR_LENGTH) out.short = 'error';
  else if (length < MIN_SECRET_LENGTH) out.short = 'warning';
  out.identity = matchIdentity(secret, opts.identities ?? []);
  const g = out.guessable;
  if (/^[0-9]+$/.test(secret)) g.push('digits only');
  if (inBuiltinDictionary(secret) || inCommonList(secret)) g.push('a known Asterisk sample or common password');
  const classes = classCount(secret);
  if (classes < 3 && !g.includes('digits only')) g.push(`only ${classes} character class${classes === 1 ? '' : 'es'} (of lowercase, uppercase, digits, symbols)`);
  if (hasRun(secret)) g.push('a run such as 1234 or aaaa');
  const lower = secret.toLowerCase();
  if (KEYBOARD_WALKS.some((w) => lower.includes(w))) g.push('a keyboard walk such as qwerty');
  if (g.length === 0 && opts.estimator !== false) {
    const est = estimate(secret, (opts.identities ?? []).map((i) => i.value));
    if (est.score < SAFE_SCORE) g.push(`a strength estimate of ${est.score}/4 (about 10^${Math.round(est.guessesLog10)} guesses)`);
  }
  return out;
}

/** One sentence listing every weakness, e.g. "9 characters, digits only; shorter than 20 characters". */
export function describeSecret(secret: string, opts: AssessOptions = {}): { shape: string; reasons: string[] } {
  const a = assessSecret(secret, opts);
  const reasons: string[] = [];
  if (a.short) reasons.push(`shorter than ${MIN_SECRET_LENGTH} characters`);
  if (a.identity) reasons.push(`${a.identity.how} ${a.identity.kind}`);
  reasons.push(...a.guessable);
  return { shape: a.shape, reasons };
}

export interface UsernameAssessment {
  /** Each reason in a few words; empty when the name is fine. */
  reasons: string[];
}

/** AST201: shorter than 8, all digits, or a common name (`admin`, `test`, first names…). */
export function describeUsername(name: string): UsernameAssessment {
  const reasons: string[] = [];
  const n = [...name].length;
  if (/^[0-9]+$/.test(name)) reasons.push(`digits only (${n} digit${n === 1 ? '' : 's'}), like an extension number`);
  if (n < MIN_USERNAME_LENGTH) reasons.push(`${n} character${n === 1 ? '' : 's'}, shorter than ${MIN_USERNAME_LENGTH}`);
  if (isCommonName(name)) reasons.push('a common name that scanners try first');
  return { reasons };
}

// --- lazy strength estimator -------------------------------------------------------------------

interface Estimator {
  check(password: string, userInputs?: (string | number)[]): { score: number; guessesLog10: number };
}
let estimatorInstance: Estimator | undefined;
let commonList: Set<string> | undefined;

/**
 * zxcvbn-ts with its common dictionary plus Asterisk's sample secrets. Loaded on first use: the
 * dictionaries are large and most analyses never reach this point.
 */
function loadEstimator(): Estimator {
  if (!estimatorInstance) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    estimatorInstance = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, asterisk: [...ASTERISK_SAMPLE_SECRETS] },
      graphs: common.adjacencyGraphs,
    });
    commonList = new Set(common.dictionary['passwords-common']);
  }
  return estimatorInstance;
}

function inCommonList(secret: string): boolean {
  loadEstimator();
  return commonList!.has(secret.toLowerCase()) || commonList!.has(normalise(secret));
}

export function estimate(secret: string, userInputs: string[] = []): { score: number; guessesLog10: number } {
  const r = loadEstimator().check(secret, userInputs);
  return { score: r.score, guessesLog10: r.guessesLog10 };
}
