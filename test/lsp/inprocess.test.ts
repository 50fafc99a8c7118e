import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits } from '../../server/src/engine/fixes';
import { NEOVIM_07, startTestClient, VSCODE_LIKE, type TestClient } from '../helpers/lspClient';
import { tempTree } from '../helpers/paths';

const dir = tempTree({});
/** Each test its own etc dir: rules know a file by its base name (sip.conf). */
const uri = (name: string) => pathToFileURL(path.join(dir, name.replace(/-sip\.conf$/, ''), 'asterisk', 'sip.conf')).toString();
const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.close();
});

const SIP = '; the office PBX\n[general]\ncontext=public\nauth_options_requests=yes\nallowguest=yes\nalwaysauthreject=no ; test\nbindport=5872\n';

async function open(c: TestClient, u: string, text: string, languageId = 'asterisk-conf', version = 1) {
  await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version, text } });
}

function edited(text: string, edit: WorkspaceEdit, u: string): string {
  return applyTextEdits(text, edit.changes![u]);
}

test('push mode (Neovim 0.7): diagnostics are pushed with source, code, doc link and fix data', async () => {
  const c = await startTestClient(NEOVIM_07);
  clients.push(c);
  const u = uri('push-sip.conf');
  await open(c, u, SIP);
  const diags = await c.waitForDiagnostics(u, (d) => d.some((x) => x.code === 'AST101'));
  const d = diags.find((x) => x.code === 'AST101')!;
  assert.equal(d.source, 'asterisk-harden');
  assert.equal(d.range.start.line, 4);
  assert.match(d.codeDescription!.href, /docs\/rules\/AST101\.md$/);
  assert.ok(Array.isArray((d.data as any).fixes));
  // An edit re-validates (incremental sync).
  await c.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: u, version: 2 },
    contentChanges: [{ range: { start: { line: 4, character: 11 }, end: { line: 4, character: 14 } }, text: 'no' }],
  });
  await c.waitForDiagnostics(u, (x) => !x.some((y) => y.code === 'AST101'));
});

test('pull mode (VS Code): the server answers textDocument/diagnostic and pushes nothing', async () => {
  const c = await startTestClient(VSCODE_LIKE);
  clients.push(c);
  const u = uri('pull-sip.conf');
  await open(c, u, SIP);
  const report: any = await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } });
  assert.equal(report.kind, 'full');
  assert.ok(report.items.some((d: Diagnostic) => d.code === 'AST102'));
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(c.pushed.size, 0);
  assert.ok(c.configurationRequests.length > 0, 'settings were asked with workspace/configuration');
});

test('code actions: quick fixes (safe one preferred), disable for line and file, fix all safe', async () => {
  const c = await startTestClient(VSCODE_LIKE);
  clients.push(c);
  const u = uri('actions-sip.conf');
  await open(c, u, SIP);
  const report: any = await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } });
  const ast102 = report.items.find((d: Diagnostic) => d.code === 'AST102');
  const actions = (await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: ast102.range, context: { diagnostics: [ast102] } })) as CodeAction[];
  const fix = actions.find((a) => a.isPreferred)!;
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(fix.kind, 'quickfix');
  const fixed = edited(SIP, fix.edit!, u);
  assert.match(fixed, /^alwaysauthreject=yes ; test$/m);
  assert.equal(fixed.replace(/^alwaysauthreject=.*$/m, ''), SIP.replace(/^alwaysauthreject=.*$/m, ''), 'nothing else changed');
  const line = actions.find((a) => a.title === 'Disable AST102 for this line')!;
  assert.equal(edited(SIP, line.edit!, u).split('\n')[5], '; asterisk-harden disable=AST102');
  const file = actions.find((a) => a.title === 'Disable AST102 for this file')!;
  assert.equal(edited(SIP, file.edit!, u).split('\n')[0], '; asterisk-harden disable-file=AST102');
  // The suppressed finding disappears once the comment is in.
  await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: edited(SIP, line.edit!, u) }] });
  const after: any = await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } });
  assert.ok(!after.items.some((d: Diagnostic) => d.code === 'AST102'));
  assert.ok(after.items.some((d: Diagnostic) => d.code === 'AST101'));
  const all = (await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.asteriskHarden'] } })) as CodeAction[];
  assert.equal(all.length, 0, 'after suppression nothing safe is left to fix');
});

test('settings: initializationOptions apply when the client has no configuration capability', async () => {
  const c = await startTestClient(NEOVIM_07, { initializationOptions: { rules: { AST101: 'off', AST102: 'hint' } } });
  clients.push(c);
  const u = uri('init-sip.conf');
  await open(c, u, SIP);
  const diags = await c.waitForDiagnostics(u, (d) => d.some((x) => x.code === 'AST102'));
  assert.ok(!diags.some((d) => d.code === 'AST101'));
  assert.equal(diags.find((d) => d.code === 'AST102')!.severity, 4);
  assert.equal(c.configurationRequests.length, 0);
});

test('settings: workspace/configuration answers are used, and a change re-validates', async () => {
  const c = await startTestClient(NEOVIM_07);
  clients.push(c);
  const u = uri('change-sip.conf');
  await open(c, u, SIP);
  await c.waitForDiagnostics(u, (d) => d.some((x) => x.code === 'AST101'));
  await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { asteriskHarden: { rules: { 'sip-allowguest': 'off' } } } });
  await c.waitForDiagnostics(u, (d) => !d.some((x) => x.code === 'AST101') && d.some((x) => x.code === 'AST102'));
});

test('the server survives any document and keeps answering', async () => {
  const c = await startTestClient(NEOVIM_07);
  clients.push(c);
  const nasty = ['', '\u0000\u0001\u0002', '['.repeat(10000), ')(!,(+)]=>=>;--', 'x'.repeat(200_000), '\uD800\uDC00\uFFFF', '#include "/dev/zero"\n#exec /bin/false', '\r\r\n\n\\\n'];
  const langs = ['asterisk-conf', 'fail2ban-conf', 'iptables', 'shellscript'];
  let n = 0;
  for (const text of nasty) {
    for (const lang of langs) {
      const name = lang === 'shellscript' ? `fw${n}-firewall.sh` : lang === 'iptables' ? `r${n}.rules` : `n${n}.conf`;
      const u = pathToFileURL(path.join(dir, lang === 'fail2ban-conf' ? 'fail2ban' : lang === 'asterisk-conf' ? 'asterisk' : 'fw', name)).toString();
      n++;
      await open(c, u, text, lang);
      await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 1 } });
      await c.connection.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
      await c.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } });
      await c.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: u } });
      await c.connection.sendRequest('textDocument/definition', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
    }
  }
  const u = uri('alive-sip.conf');
  await open(c, u, SIP);
  await c.waitForDiagnostics(u, (d) => d.some((x) => x.code === 'AST101'), 10_000);
});
