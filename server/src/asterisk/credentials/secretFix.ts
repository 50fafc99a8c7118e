import type { Fix, RawFinding } from '../../engine/types';
import { generateSecret } from '../../credentials';
import type { Credential } from './accounts';

/** Review fix: replace the secret with a generated one (the device or client must be updated). */
export function generatedSecretFix(c: Credential): Fix[] {
  if (!c.secretAt) return [];
  return [{ title: `Replace with a generated 24-character secret (update the ${c.kind === 'manager' || c.kind === 'ari' ? 'client' : 'device'} too)`, kind: 'review', edits: [{ file: c.secretAt.file, range: c.secretAt.range, newText: generateSecret() }] }];
}

/** A finding on the secret's value; the file is set when the line lives in an included file. */
export function secretFinding(c: Credential, docFile: string, f: Omit<RawFinding, 'range'>): RawFinding {
  const at = c.secretAt!;
  return { ...f, range: at.range, ...(at.file !== docFile ? { file: at.file } : {}) };
}
