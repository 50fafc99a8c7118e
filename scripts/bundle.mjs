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
await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));
for (const f of ['dist/server.js', 'dist/cli.js']) if (existsSync(f)) chmodSync(f, 0o755);
