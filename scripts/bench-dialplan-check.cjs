// Whole-process stand-in for `asterisk-harden check FILE` while dist/cli.js is not built:
// reads the file, runs the real engine (every plugin and rule) and prints the finding count.
const path = require('node:path');
const fs = require('node:fs');
const out = path.join(__dirname, '..', 'out', 'server', 'src');
const { createEngine } = require(path.join(out, 'plugins.js'));
const { DiskFileSystem } = require(path.join(out, 'engine', 'fs.js'));
const { resolveSettings } = require(path.join(out, 'engine', 'settings.js'));
const file = path.resolve(process.argv[2]);
const engine = createEngine();
const ctx = engine.createContext(resolveSettings({}), new DiskFileSystem());
const text = fs.readFileSync(file, 'utf8');
const r = engine.analyze({ file, language: 'asterisk-conf', text }, ctx);
process.stdout.write(`${r.findings.length} findings\n`);
