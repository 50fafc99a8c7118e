/**
 * The commands as VS Code runs them, in plain node: `vscode` is a recording stub (../test/vscodeStub)
 * and the language client a fake that answers the two custom requests.
 */
import { fake, doc, openEditor, extensionContext, FakeEditor, Diagnostic, Range, Uri } from '../test/vscodeStub';
import { test, beforeEach } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { GENERATE_CREDENTIALS_REQUEST, TEST_FILTER_REQUEST, type TestFilterResult } from '../../../server/src/protocol';
import { registerCommands, type ClientHandle } from './index';
import { InlineFailJsonTests } from './inlineFailJson';
import { FIX_ALL_KIND } from './fixAll';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SECRET = 'Zq8-Lm3_Xv7.Rt5+Wp2*Ns6!Hd';

interface Sent {
  method: string;
  params: any;
}

function setup(answers: Partial<Record<string, (p: any) => unknown>> = {}) {
  fake.reset();
  const sent: Sent[] = [];
  let restarts = 0;
  const client: any = {
    sendRequest: async (method: string, params: unknown) => {
      sent.push({ method, params });
      const a = answers[method];
      if (!a) throw new Error(`unexpected request ${method}`);
      return a(params);
    },
    onProgress: () => ({ dispose: () => undefined }),
  };
  const ctx = extensionContext();
  const output = (require('vscode') as typeof import('vscode')).window.createOutputChannel('Asterisk Harden', { log: true }) as LogOutputChannel;
  const handle: ClientHandle = { client: () => client, output, restart: async () => void restarts++ };
  registerCommands(ctx as unknown as ExtensionContext, handle);
  return { sent, ctx, run: (id: string, ...args: unknown[]) => fake.commands.get(id)!(...args) as Promise<void>, restarts: () => restarts };
}

beforeEach(() => fake.reset());

test('every command of the manifest is registered, and restart/output reach the client handle', async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const s = setup();
  for (const c of pkg.contributes.commands) assert.ok(fake.commands.has(c.command), `${c.command} registered`);
  await s.run('asteriskHarden.restartServer');
  assert.equal(s.restarts(), 1);
  const before = fake.executed.length;
  await s.run('asteriskHarden.fixAll');
  assert.equal(fake.executed.length, before, 'no editor, nothing to fix');
  openEditor(doc('/ws/asterisk/sip.conf', '[general]\n', 'asterisk-conf'));
  await s.run('asteriskHarden.fixAll');
  assert.deepEqual(fake.executed.at(-1), { command: 'editor.action.sourceAction', args: [{ kind: FIX_ALL_KIND, apply: 'first' }] });
});

test('generate credentials: replaces the secret under the cursor, offers the copy, never logs the secret', async () => {
  const s = setup({ [GENERATE_CREDENTIALS_REQUEST]: (p) => ({ username: 'Kx7mQ2vR9tLa', secret: SECRET, block: `[Kx7mQ2vR9tLa]\ntype=friend\nsecret=${SECRET}\n`, echo: p }) });
  const d = doc('/ws/asterisk/sip.conf', '[general]\nallowguest=no\n\n[aB7ytWxEd]\ntype=friend\nsecret=1234 ; weak\n', 'asterisk-conf');
  openEditor(d, 5);
  fake.inputAnswers.push('100');
  fake.messageAnswers.push('Copy Secret');
  await s.run('asteriskHarden.generateCredentials');
  assert.deepEqual(s.sent, [{ method: GENERATE_CREDENTIALS_REQUEST, params: { format: 'sip', extension: '100' } }]);
  assert.equal(d.text, `[general]\nallowguest=no\n\n[aB7ytWxEd]\ntype=friend\nsecret=${SECRET} ; weak\n`);
  assert.equal(fake.clipboard, SECRET);
  assert.ok(!fake.allOutput().includes(SECRET), 'the secret is in no output channel');
  assert.ok(!fake.messages.some((m) => m.text.includes(SECRET)), 'nor in any message');
  assert.match(fake.messages[0]!.text, /^Replaced the secret of \[aB7ytWxEd\]\. Provision the phone with the new secret \(26 characters\)/);
});

test('generate credentials: unknown file kind asks; a declined copy leaves the clipboard alone; an invalid extension is refused', async () => {
  const s = setup({ [GENERATE_CREDENTIALS_REQUEST]: () => ({ username: 'Kx7mQ2vR9tLa', secret: SECRET, block: '[Kx7mQ2vR9tLa]\ntype=endpoint\n' }) });
  const d = doc('/ws/asterisk/accounts.conf', '[global]\ntype=global\n', 'asterisk-conf');
  openEditor(d, 1);
  fake.quickPickAnswers.push((items: any[]) => items.find((i) => i.format === 'pjsip'));
  fake.inputAnswers.push('');
  await s.run('asteriskHarden.generateCredentials');
  assert.deepEqual(s.sent[0]!.params, { format: 'pjsip' });
  assert.equal(d.text, '[global]\ntype=global\n\n[Kx7mQ2vR9tLa]\ntype=endpoint\n');
  assert.equal(fake.clipboard, '');
  fake.inputAnswers.push('Pierre');
  fake.quickPickAnswers.push((items: any[]) => items[0]);
  await assert.rejects(s.run('asteriskHarden.generateCredentials') as Promise<void>, /rejected/);
});

const FILTER = '[INCLUDES]\nbefore = common.conf\n\n[Definition]\nfailregex = ^Registration from .* failed for \'<HOST>(:\\d+)?\' - Wrong password$\n            ^hacking attempt detected \'<HOST>\'$\nignoreregex =\n';
const LOG = "noise\n[2026-11-27 10:00:01] NOTICE[1638] chan_sip.c: Registration from '' failed for '198.51.100.7:5060' - Wrong password\n[2026-11-27 10:00:02] NOTICE[1638] chan_sip.c: hacking attempt detected '203.0.113.9'\n";
const RESULT: TestFilterResult = {
  version: 1, lines: 3, matched: 2, ignored: 0, missed: 1,
  regexes: [{ index: 0, pattern: '^Registration…', hits: 1 }, { index: 1, pattern: '^hacking…', hits: 1 }],
  matches: [
    { lineNumber: 2, regex: 0, host: '198.51.100.7', time: 1795773601, groups: {} },
    { lineNumber: 3, regex: 1, host: '203.0.113.9', time: 1795773602, groups: {} },
  ],
};

test('test filter from a filter file against an open log: highlights, host underline, hover, report, CodeLens, clear', async () => {
  const s = setup({ [TEST_FILTER_REQUEST]: () => RESULT });
  const filter = doc('/ws/fail2ban/filter.d/asterisk.conf', FILTER, 'fail2ban-conf');
  const log = doc('/ws/logs/asterisk', LOG, 'plaintext');
  const logEditor = new FakeEditor(log);
  fake.visibleTextEditors.push(logEditor);
  openEditor(filter, 4);
  fake.quickPickAnswers.push((items: any[]) => items.find((i) => i.description === 'open editor'));
  await s.run('asteriskHarden.testFilter');
  assert.equal(s.sent.length, 1);
  const p = s.sent[0]!.params;
  assert.deepEqual(p.filter, { uri: filter.uri.toString() });
  assert.deepEqual(p.log, { uri: log.uri.toString() });
  assert.equal(typeof p.workDoneToken, 'string');
  const decos = [...logEditor.decorations.values()];
  const lines = decos.find((d) => d.some((o) => o.hoverMessage))!;
  const hosts = decos.find((d) => d !== lines)!;
  assert.deepEqual(lines.map((o) => o.range.start.line), [1, 2]);
  assert.match(lines[0]!.hoverMessage!.value, /failregex #1 matched[\s\S]*host: `198\.51\.100\.7`[\s\S]*time: 2026-11-27T/);
  const h = hosts[0]!.range;
  assert.equal(LOG.split('\n')[1]!.slice(h.start.character, h.end.character), '198.51.100.7');
  assert.match(fake.outputs.get('Asterisk Harden: Filter Test')!.join(''), /Lines: 3 lines, 0 ignored, 2 matched, 1 missed/);
  assert.equal(fake.contexts.get('asteriskHarden.hasFilterTest'), true);
  const lens = fake.codeLensProviders[0]!.provider.provideCodeLenses(filter);
  assert.deepEqual(lens.map((l) => [l.range.start.line, l.command!.title]), [[4, '1 hit in the last filter test'], [5, '1 hit in the last filter test']]);
  assert.match(fake.messages.at(-1)!.text, /2 of 3 lines matched/);
  await s.run('asteriskHarden.clearFilterTest');
  assert.equal(fake.contexts.get('asteriskHarden.hasFilterTest'), false);
  assert.ok([...logEditor.decorations.values()].every((d) => d.length === 0));
  assert.deepEqual(fake.codeLensProviders[0]!.provider.provideCodeLenses(filter), []);
});

test('test filter from a jail: its filter, options and logpath are offered', async () => {
  const s = setup({ [TEST_FILTER_REQUEST]: () => ({ ...RESULT, matches: [], matched: 0, missed: 3 }) });
  const jail = doc('/ws/fail2ban/jail.d/asterisk.local', '[asterisk-provya]\nenabled = true\nfilter = asterisk[mode=aggressive]\nlogpath = /var/log/asterisk/fail2ban\n', 'fail2ban-conf');
  openEditor(jail, 1);
  fake.existingFiles.add('/var/log/asterisk/fail2ban');
  fake.quickPickAnswers.push((items: any[]) => items[0]);
  await s.run('asteriskHarden.testFilter');
  assert.equal(fake.quickPickItems[0]![0] && (fake.quickPickItems[0]![0] as any).label, '/var/log/asterisk/fail2ban');
  assert.deepEqual(s.sent[0]!.params.filter, { name: 'asterisk' });
  assert.equal(s.sent[0]!.params.filterOptions, '[mode=aggressive]');
  assert.deepEqual(s.sent[0]!.params.log, { uri: Uri.file('/var/log/asterisk/fail2ban').toString() });
  assert.ok(fake.opened.includes(Uri.file('/var/log/asterisk/fail2ban').toString()), 'the log opens beside the jail to show the highlights');
  // A filter.d beside the jail's directory (a fail2ban tree in the workspace) is used instead of the name.
  fake.existingFiles.add('/ws/fail2ban/filter.d/asterisk.conf');
  fake.quickPickAnswers.push((items: any[]) => items[0]);
  await s.run('asteriskHarden.testFilter');
  assert.deepEqual(s.sent[1]!.params.filter, { uri: Uri.file('/ws/fail2ban/filter.d/asterisk.conf').toString() });
  assert.equal(s.sent[1]!.params.filterOptions, '[mode=aggressive]');
});

test('test a log line: the text goes to the server and the verdict comes back', async () => {
  const s = setup({ [TEST_FILTER_REQUEST]: () => ({ ...RESULT, lines: 1, matched: 1, missed: 0, matches: [RESULT.matches[0]!] }) });
  openEditor(doc('/ws/fail2ban/filter.d/asterisk.conf', FILTER, 'fail2ban-conf'));
  fake.inputAnswers.push(LOG.split('\n')[1]);
  await s.run('asteriskHarden.testLogLine');
  assert.deepEqual(s.sent[0]!.params.log, { text: LOG.split('\n')[1] });
  assert.match(fake.messages.at(-1)!.text, /^failregex #1 matched: host 198\.51\.100\.7/);
});

test('inline failJSON tests: the filter named by the file, mismatches as diagnostics', async () => {
  const s = setup({ [TEST_FILTER_REQUEST]: () => ({ ...RESULT, matches: [{ lineNumber: 2, regex: 0, host: '198.51.100.8', groups: {} }] }) });
  const log = doc('/ws/tests/logs/asterisk', '# failJSON: { "match": true, "host": "198.51.100.7" }\nline\n# failJSON: { "match": true }\nother\n', 'plaintext');
  const tests = new InlineFailJsonTests({ client: (): any => ({ sendRequest: async (m: string, p: any) => (s.sent.push({ method: m, params: p }), { ...RESULT, matches: [{ lineNumber: 2, regex: 0, host: '198.51.100.8', groups: {} }] }), onProgress: () => ({ dispose() {} }) }), output: { warn() {} } as any, restart: async () => undefined });
  await tests.check(log as any);
  assert.deepEqual(s.sent.at(-1)!.params.filter, { name: 'asterisk' });
  assert.equal(s.sent.at(-1)!.params.log.text.split('\n')[0], '', 'annotation lines are blanked for the filter');
  const diags = fake.collections.at(-1)!.entries.get(log.uri.toString())!;
  assert.deepEqual(diags.map((d) => [d.range.start.line, d.severity, d.source, d.code]), [[1, 0, 'asterisk-harden', 'failJSON'], [3, 0, 'asterisk-harden', 'failJSON']]);
  assert.match(diags[0]!.message, /expects host 198\.51\.100\.7, the filter found 198\.51\.100\.8/);
  tests.dispose();
});

test('status bar counts only our findings in open files', () => {
  fake.reset();
  const a = doc('/ws/asterisk/sip.conf', '', 'asterisk-conf');
  doc('/ws/other.txt', '', 'plaintext');
  const mk = (source: string, severity: number) => Object.assign(new Diagnostic(new Range(0, 0, 0, 1), 'm', severity), { source });
  fake.diagnostics.set(a.uri.toString(), [mk('asterisk-harden', 0), mk('asterisk-harden', 1), mk('shellcheck', 0)]);
  const ctx = extensionContext();
  registerCommands(ctx as unknown as ExtensionContext, { client: () => undefined, output: { show() {} } as any, restart: async () => undefined });
  const item = fake.statusItems[0]!;
  assert.equal(item.text, '$(shield) 2');
  assert.match(item.tooltip, /2 security findings in 1 open file \(1 error, 1 warning\)/);
  assert.equal(item.visible, true);
  assert.equal(item.command, 'workbench.actions.view.problems');
});

test('show rule documentation: from the finding under the cursor; bundled page first, else the web page', async () => {
  const s = setup();
  const d = doc('/ws/asterisk/sip.conf', '[general]\nallowguest=yes\n', 'asterisk-conf');
  openEditor(d, 1);
  fake.diagnostics.set(d.uri.toString(), [Object.assign(new Diagnostic(new Range(1, 0, 1, 14), 'guests', 0), { source: 'asterisk-harden', code: { value: 'AST101', target: Uri.parse('https://x') } })]);
  await s.run('asteriskHarden.showRuleDocumentation');
  assert.match(fake.opened.at(-1)!, /docs\/rules\/AST101\.md$/);
  fake.existingFiles.add('/ext/docs/rules/F2B104.md');
  await s.run('asteriskHarden.showRuleDocumentation', 'F2B104');
  assert.equal(fake.executed.at(-1)!.command, 'markdown.showPreview');
  assert.equal((fake.executed.at(-1)!.args[0] as Uri).fsPath, '/ext/docs/rules/F2B104.md');
});

test('filter test progress: server reports become notification increments; a cancelled run shows nothing', async () => {
  const vscode = require('vscode') as any;
  const original = vscode.window.withProgress;
  const reports: { message?: string; increment?: number }[] = [];
  let cancelled = false;
  vscode.window.withProgress = async (_o: unknown, task: any) => task({ report: (r: any) => reports.push(r) }, { get isCancellationRequested() { return cancelled; }, onCancellationRequested: () => ({ dispose() {} }) });
  try {
    const { runTest } = require('./testFilter') as typeof import('./testFilter');
    let handler: ((v: any) => void) | undefined;
    let tokenSeen: unknown;
    const client: any = {
      onProgress: (_t: unknown, token: unknown, h: (v: any) => void) => ((tokenSeen = token), (handler = h), { dispose() {} }),
      sendRequest: async (_m: string, p: any) => {
        assert.equal(p.workDoneToken, tokenSeen, 'the request carries the token the progress listens on');
        handler!({ kind: 'begin', title: 't', percentage: 0 });
        handler!({ kind: 'report', percentage: 40, message: '1000 lines' });
        handler!({ kind: 'report', percentage: 100, message: '2500 lines' });
        handler!({ kind: 'end' });
        return RESULT;
      },
    };
    const handle = { client: () => client, output: {} as any, restart: async () => undefined };
    assert.equal(await runTest(handle, { filter: { name: 'asterisk' }, log: { text: 'x' } }, 't'), RESULT);
    assert.deepEqual(reports.map((r) => r.increment), [0, 40, 60]);
    assert.equal(reports[1]!.message, '1000 lines');
    client.sendRequest = async () => {
      cancelled = true;
      throw new Error('Request cancelled');
    };
    assert.equal(await runTest(handle, { filter: { name: 'asterisk' }, log: { text: 'x' } }, 't'), undefined);
  } finally {
    vscode.window.withProgress = original;
  }
});
