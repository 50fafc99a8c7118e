import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LANGUAGE_ASSOCIATIONS } from '../../server/src/engine/languages';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { VERSION } from '../../server/src/version';
import { REPO_ROOT } from '../helpers/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const props: Record<string, { default: unknown; enum?: unknown[] }> = pkg.contributes.configuration.properties;

/** Flattens the defaults into VS Code's dotted keys: asteriskHarden.asterisk.etcDir, ... */
function flatten(obj: Record<string, unknown>, prefix: string, out: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}.${k}`;
    if (v && typeof v === 'object' && !Array.isArray(v) && k !== 'rules') flatten(v as Record<string, unknown>, key, out);
    else out[key] = v;
  }
  return out;
}

test("package.json settings equal the server's defaults, key for key", () => {
  const expected = flatten(DEFAULT_SETTINGS as unknown as Record<string, unknown>, 'asteriskHarden', {});
  const declared = Object.fromEntries(Object.entries(props).filter(([k]) => k !== 'asteriskHarden.trace.server').map(([k, v]) => [k, v.default]));
  assert.deepEqual(declared, expected);
  assert.deepEqual(props['asteriskHarden.rules'] && (props['asteriskHarden.rules'] as any).additionalProperties.enum, ['off', 'hint', 'info', 'warning', 'error']);
  assert.equal(props['asteriskHarden.trace.server'].default, 'off');
  assert.deepEqual(props['asteriskHarden.fail2ban.version'].enum, ['1.0', '1.1']);
});

test('language associations in package.json are the ones the CLI uses', () => {
  const declared = pkg.contributes.languages.map((l: any) => ({ id: l.id, aliases: l.aliases, filenames: l.filenames, filenamePatterns: l.filenamePatterns, firstLine: l.firstLine }));
  const engine = LANGUAGE_ASSOCIATIONS.map((l) => ({ id: l.id, aliases: l.aliases, filenames: l.filenames, filenamePatterns: l.filenamePatterns, firstLine: l.firstLine }));
  assert.deepEqual(JSON.parse(JSON.stringify(declared)), JSON.parse(JSON.stringify(engine)));
});

test('no association claims every .conf, .local, .rules or .sh file, nor shellscript', () => {
  for (const l of pkg.contributes.languages) {
    assert.equal(l.extensions, undefined, `${l.id} must not claim by extension`);
    for (const p of l.filenamePatterns ?? []) {
      assert.ok(!/^(\*\*\/)?\*\.(conf|local|rules|sh)$/.test(p), `${l.id}: ${p} claims every file of its kind`);
    }
  }
  assert.ok(!pkg.contributes.languages.some((l: any) => l.id === 'shellscript' || l.id === 'asterisk'));
});

test('activation, commands, trust and bins are declared as the foundation requires', () => {
  assert.equal(pkg.name, 'asterisk-harden');
  assert.equal(pkg.displayName, 'Asterisk Harden');
  assert.equal(pkg.engines.vscode, '^1.91.0');
  assert.equal(pkg.version, VERSION);
  for (const lang of ['asterisk-conf', 'fail2ban-conf', 'iptables', 'shellscript']) assert.ok(pkg.activationEvents.includes(`onLanguage:${lang}`), lang);
  for (const c of pkg.contributes.commands) {
    assert.equal(c.category, 'Asterisk Harden', c.command);
    assert.match(c.command, /^asteriskHarden\.[a-z][A-Za-z]+$/);
  }
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  // Every setting that names a program is restricted in untrusted workspaces.
  const programSettings = Object.keys(props).filter((k) => /Path$|Command$|program/i.test(k));
  assert.ok(programSettings.length > 0);
  assert.deepEqual([...pkg.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), programSettings.sort());
  assert.ok(pkg.capabilities.virtualWorkspaces);
  assert.deepEqual(pkg.bin, { 'asterisk-harden': 'dist/cli.js', 'asterisk-harden-ls': 'dist/server.js' });
  assert.equal(pkg.dependencies['vscode-languageclient'], '11.0.0');
  assert.equal(pkg.dependencies['vscode-languageserver'], '11.0.0');
  assert.equal(pkg.dependencies['vscode-languageserver-textdocument'], '1.0.16');
  assert.equal(pkg.devDependencies['@types/vscode'], '1.91.0');
  assert.ok(pkg.scripts.prepare, 'npm ci must leave a working build');
});

test('every file the manifest points at exists', () => {
  const c = pkg.contributes;
  const paths = [
    ...c.languages.map((l: any) => l.configuration),
    ...(c.grammars ?? []).map((g: any) => g.path),
    ...(c.snippets ?? []).map((s: any) => s.path),
  ].filter(Boolean);
  for (const p of paths) assert.ok(fs.existsSync(path.join(REPO_ROOT, p)), `${p} is missing`);
  for (const b of Object.values(pkg.bin) as string[]) assert.ok(fs.existsSync(path.join(REPO_ROOT, b)), `${b} is missing (build first)`);
});
