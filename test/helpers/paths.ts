import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (tests run from out/test/...). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST = path.join(REPO_ROOT, 'dist');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** `../shared` beside the clone (CI lays it there), or ASTERISK_HARDEN_SHARED. */
export const SHARED = process.env.ASTERISK_HARDEN_SHARED ?? path.resolve(REPO_ROOT, '..', 'shared');

export function sharedPath(...parts: string[]): string | undefined {
  const p = path.join(SHARED, ...parts);
  return fs.existsSync(p) ? p : undefined;
}

/** A fresh temporary directory with the given files (relative paths -> text). */
export function tempTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'ah-test-'));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}
