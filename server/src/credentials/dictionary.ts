/**
 * Word lists for the credential rules. Small on purpose: the large leaked-password list comes from
 * @zxcvbn-ts/language-common, loaded lazily by assess.ts.
 */

/** Secrets that appear in Asterisk's sample configs and docs (reference §6.10), plus FreePBX defaults. */
export const ASTERISK_SAMPLE_SECRETS: readonly string[] = [
  'mysecret', 'supersecret', 'myscret', 'moofoo', 'foomoo', 'shazbot', 'markpasswd', 'guessit',
  'youwillneverguessit', 'gissadetdu', 'blah', 'blahpoly', 'digium', 'peekaboo', 'not_very_secret',
  'not_very_secret_either', 'topsecret', '1234567890', 'test password', 'test', 'password', '1234',
  'aE3%B8*$jk^G', 'amp111', 'amp109', 'asterisk', 'secret', 'changeme', 'welcome',
];

/** A short list of the most common passwords, always available without loading zxcvbn. */
export const COMMON_PASSWORDS: readonly string[] = [
  '123456', '12345678', '123456789', 'qwerty', 'azerty', 'abc123', 'password1', 'iloveyou', '111111',
  '000000', 'letmein', 'monkey', 'dragon', 'sunshine', 'princess', 'football', 'admin', 'admin123',
  'root', 'toor', 'master', 'passw0rd', 'p@ssw0rd', 'qwertyuiop', 'motdepasse', 'soleil', 'bonjour',
  'voip', 'sip', 'phone', 'pbx',
];

/** Account names that scanners try first (AMI/SIP scanner traffic, reference §6.10). */
export const COMMON_USERNAMES: readonly string[] = [
  'admin', 'administrator', 'asterisk', 'root', 'test', 'testing', 'demo', 'guest', 'user', 'manager',
  'operator', 'sip', 'voip', 'phone', 'office', 'reception', 'support', 'info', 'sales', 'default',
  'abc', 'abcd', 'abc123', 'pbx', 'freepbx', 'trunk', 'anonymous', 'unknown', 'service', 'fax',
];

/** Common first names (English and French, as the guide's "Pierre"): names guessers try. */
export const FIRST_NAMES: readonly string[] = [
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
  'daniel', 'paul', 'mark', 'peter', 'george', 'steven', 'kevin', 'brian', 'anna', 'emma', 'olivia',
  'pierre', 'jean', 'jacques', 'michel', 'philippe', 'alain', 'nicolas', 'christophe', 'francois',
  'marie', 'nathalie', 'isabelle', 'sylvie', 'catherine', 'sophie', 'julie', 'camille', 'claire',
  'alice', 'bob', 'carol', 'dave', 'eve', 'frank', 'alex', 'sam', 'max', 'tom', 'ben', 'lea', 'louis',
];

/** Keyboard walks (QWERTY and AZERTY) that variety checks look for. */
export const KEYBOARD_WALKS: readonly string[] = ['qwerty', 'azerty', 'asdf', 'qsdf', 'zxcv', 'wxcv', '1qaz', '2wsx', 'qwertz', 'yxcv', 'poiu', 'lkjh', 'mnbv'];

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '5': 's', '$': 's', '7': 't' };

/** Case-folded, leet-normalised form used for dictionary lookups (`P@ssw0rd` → `password`). */
export function normalise(s: string): string {
  let out = '';
  for (const c of s.toLowerCase()) out += LEET[c] ?? c;
  return out;
}

const SECRET_SET = new Set([...ASTERISK_SAMPLE_SECRETS, ...COMMON_PASSWORDS].flatMap((w) => [w.toLowerCase(), normalise(w)]));
const USERNAME_SET = new Set([...COMMON_USERNAMES, ...FIRST_NAMES]);

/** True when the secret (or its leet-normalised form) is a known sample or common password. */
export function inBuiltinDictionary(secret: string): boolean {
  return SECRET_SET.has(secret.toLowerCase()) || SECRET_SET.has(normalise(secret));
}

/** True when the name, ignoring case and trailing digits (`admin1`, `pierre42`), is a common name. */
export function isCommonName(name: string): boolean {
  const n = name.toLowerCase();
  return USERNAME_SET.has(n) || USERNAME_SET.has(n.replace(/[0-9_.-]+$/, ''));
}
