// Bundles the three shipped programs with esbuild. `tsc -b` type-checks; this only packs.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !minify, logLevel: 'warning', minify };

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
for (const extra of ['server/src/fail2ban/tester/worker.ts']) {
  if (existsSync(extra)) entries.push({ entryPoints: [extra], outfile: 'dist/filterWorker.js' });
}
// zxcvbn-ts (its dictionaries are a third of the bundle) goes to files of its own, required only when
// a secret is assessed: every run of the CLI or server otherwise pays to compile ~450 KB it never uses.
const lazyPackages = { '@zxcvbn-ts/core': 'zxcvbn-core.js', '@zxcvbn-ts/language-common': 'zxcvbn-common.js' };
const splitLazy = {
  name: 'split-lazy-packages',
  setup(b) {
    b.onResolve({ filter: /^@zxcvbn-ts\/(core|language-common)$/ }, (a) => ({ path: `./${lazyPackages[a.path]}`, external: true }));
  },
};
// dist/cli.js is the dispatcher alone: the engine's commands and test-filter are bundles of their own,
// required only when such a command runs (server/src/cli/commands.ts), so test-filter compiles the
// tester alone and check does not compile the tester.
const cliParts = { './engineCommands': 'cli-engine.js', './testFilter': 'cli-test-filter.js' };
entries.push({ entryPoints: ['server/src/cli/engineCommands.ts'], outfile: 'dist/cli-engine.js' });
entries.push({ entryPoints: ['server/src/cli/testFilter.ts'], outfile: 'dist/cli-test-filter.js' });
const splitTestFilter = {
  name: 'split-cli-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\/(engineCommands|testFilter)$/ }, (a) => (a.importer.endsWith('commands.ts') ? { path: `./${cliParts[a.path]}`, external: true } : undefined));
  },
};
for (const e of entries) if (e.outfile !== 'dist/extension.js') e.plugins = e.outfile === 'dist/cli.js' ? [splitLazy, splitTestFilter] : [splitLazy];
for (const [pkg, out] of Object.entries(lazyPackages)) entries.push({ stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: '.', loader: 'js' }, outfile: `dist/${out}` });
await Promise.all(entries.filter((e) => e.stdin || existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));
for (const f of ['dist/server.js', 'dist/cli.js']) if (existsSync(f)) chmodSync(f, 0o755);

// V8 code caches for the CLI's parts (server/src/cli/codeCache.ts): one run of each with the cache
// writer on, so the functions a check or a filter test compiles are in the cache too.
import { execFileSync } from 'node:child_process';
const cacheEnv = { ...process.env, ASTERISK_HARDEN_WRITE_CODE_CACHE: '1' };
const run = (args) => execFileSync(process.execPath, ['dist/cli.js', ...args], { env: cacheEnv, stdio: 'ignore' });
try {
  run(['check', '--fail-on', 'never', '--format', 'json', 'examples']);
  run(['test-filter', "failed for '<HOST>'", "[2026-11-27 10:00:01] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for '192.0.2.1:5060' - Wrong password"]);
} catch (e) {
  console.warn(`code cache not written: ${e.message}`);
}
