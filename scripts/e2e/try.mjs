// `npm run try`: the packaged extension in code-server on examples/, at http://127.0.0.1:8080 (PORT to
// change it), so anyone can try the product in a browser without installing VS Code. Ctrl+C stops it.
// The profile lives under ~/.cache/asterisk-harden/try-profile and is re-created on every start, so
// the extension is always the one just packaged; edits to examples/ are real edits to the repo's files.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const repo = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const cs = require(resolve(repo, 'out', 'test', 'e2e', 'codeServer.js'));

const missing = cs.codeServerMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}
const vsix = resolve(repo, 'asterisk-harden.vsix');
if (!existsSync(vsix)) {
  console.error(`${vsix} not found: run \`npm run package\` first`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const root = resolve(cs.codeServerDir(), '..', 'try-profile');
rmSync(root, { recursive: true, force: true });
const profile = cs.createProfile(root);
cs.installExtension(profile, vsix);
const folder = resolve(repo, 'examples');
const server = await cs.startCodeServer(profile, folder, { port, stdio: 'inherit' }).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
console.log(`\nAsterisk Harden in VS Code: ${server.url}?folder=${encodeURIComponent(folder)}\nCtrl+C to stop.\n`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.on('exit', (code) => process.exit(code ?? 0));
