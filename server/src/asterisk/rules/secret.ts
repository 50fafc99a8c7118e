import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A 24-character secret from [A-Za-z0-9] (≈143 bits) drawn with the CSPRNG, unbiased (randomInt
 * rejects out-of-range draws). Kept to the characters no Asterisk file treats specially.
 * The workspace-wide generator (server/src/credentials.ts) should replace this once merged.
 */
export function generateSecret(length = 24): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}
