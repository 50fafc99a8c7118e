import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths';

/**
 * `npm run package` ships minified bundles; this packs the (larger) unminified build as it stands,
 * so the 1 MiB limit holds with margin, and never rewrites dist/ under the other tests' feet.
 */
test('the .vsix is at most 1 MiB, bundled, with no node_modules or sources inside', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ah-vsix-')), 'asterisk-harden.vsix');
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', out], { cwd: REPO_ROOT, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
  const size = fs.statSync(out).size;
  assert.ok(size <= 1024 * 1024, `vsix is ${size} bytes`);
  const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  const files = listing.split('\n').filter(Boolean);
  assert.ok(files.includes('dist/extension.js') && files.includes('dist/server.js'), listing);
  assert.ok(!files.some((f) => f.startsWith('node_modules/') || f.endsWith('.ts') || f.endsWith('.map') || f.startsWith('examples/') || f.startsWith('test/')), listing);
});
