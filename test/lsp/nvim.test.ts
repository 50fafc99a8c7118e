import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { DIST, REPO_ROOT, tempTree } from '../helpers/paths';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });

test('headless Neovim 0.7 (push diagnostics, no snippets) gets diagnostics and applies a quick fix', (t) => {
  if (nvim.status !== 0) {
    t.skip('nvim is not installed (CI installs Debian neovim)');
    return;
  }
  const dir = tempTree({ 'asterisk/sip.conf': '[general]\nallowguest=yes\nalwaysauthreject=no\n' });
  const script = path.join(REPO_ROOT, 'test', 'lsp', 'nvim', 'lsp_check.lua');
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-n', '-i', 'NONE', '-c', `luafile ${script}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, AH_SERVER: path.join(DIST, 'server.js'), AH_FILE: path.join(dir, 'asterisk', 'sip.conf') },
  });
  const output = `${r.stdout}${r.stderr}`;
  assert.equal(r.status, 0, output);
  assert.match(r.stdout, /diagnostic 1:0 AST101 \[asterisk-harden\]/);
  assert.match(r.stdout, /code action: Disable AST102 for this line/);
  assert.match(r.stdout, /fixed line: alwaysauthreject=yes/);
  assert.match(r.stdout, /^PASS$/m);
});
