import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { DIST, tempTree } from '../helpers/paths';
import { NEOVIM_07 } from '../helpers/lspClient';

test('dist/server.js --stdio serves a client without pull diagnostics or snippets and pushes AST101', async () => {
  const proc = spawn(process.execPath, [path.join(DIST, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const dir = tempTree({});
  const uri = pathToFileURL(path.join(dir, 'asterisk', 'sip.conf')).toString();
  const got = new Promise<PublishDiagnosticsParams>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no AST101 pushed within 10 s; stderr: ${stderr}`)), 10_000);
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.uri === uri && p.diagnostics.some((d) => d.code === 'AST101')) {
        clearTimeout(timer);
        resolve(p);
      }
    });
  });
  conn.listen();
  const init: any = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: NEOVIM_07 });
  assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics offered to a client that cannot pull');
  assert.equal(init.serverInfo.name, 'asterisk-harden');
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'asterisk-conf', version: 1, text: '[general]\nallowguest=yes\n' } });
  const p = await got;
  const d = p.diagnostics.find((x) => x.code === 'AST101')!;
  assert.equal(d.source, 'asterisk-harden');
  assert.equal(d.range.start.line, 1);
  const completion: any = await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
  const items = Array.isArray(completion) ? completion : completion?.items ?? [];
  assert.ok(items.every((i: any) => i.insertTextFormat !== 2), 'no snippet items for a client without snippet support');
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  assert.equal(await exited, 0, stderr);
  conn.dispose();
});
