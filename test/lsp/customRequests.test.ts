/**
 * The two custom requests the VS Code commands call, through the real server over an in-process
 * connection: the filter test gives the same counts as `asterisk-harden test-filter` and as the
 * real fail2ban-regex on the example log; generated credentials satisfy every AST2xx rule and the
 * alphabet of the rules spec, for each file kind.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { createEngine } from '../../server/src/plugins';
import { check } from '../../server/src/engine/testing';
import { GENERATE_CREDENTIALS_REQUEST, TEST_FILTER_REQUEST, type CredentialFormat, type GenerateCredentialsResult, type TestFilterResult } from '../../server/src/protocol';
import { cli } from '../helpers/cli';
import { NEOVIM_07, startTestClient, VSCODE_LIKE, type TestClient } from '../helpers/lspClient';
import { DIST, EXAMPLES } from '../helpers/paths';

const LOG = path.join(EXAMPLES, 'logs', 'fail2ban');
const STOCK = '/etc/fail2ban';
const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.close();
});

async function client(): Promise<TestClient> {
  const c = await startTestClient(VSCODE_LIKE);
  clients.push(c);
  return c;
}

/** fail2ban-regex's own counts ("Lines: N lines, I ignored, M matched, X missed"), or undefined when absent. */
function fail2banRegex(log: string, filter: string, configDir = STOCK): { lines: number; ignored: number; matched: number; missed: number } | undefined {
  const r = spawnSync('fail2ban-regex', ['--config', configDir, log, filter], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) return undefined;
  const m = /Lines: (\d+) lines, (\d+) ignored, (\d+) matched, (\d+) missed/.exec(r.stdout);
  assert.ok(m, r.stdout + r.stderr);
  return { lines: Number(m[1]), ignored: Number(m[2]), matched: Number(m[3]), missed: Number(m[4]) };
}

test('testFilter request: the stock asterisk filter on the example log counts as test-filter and fail2ban-regex', async (t) => {
  if (!fs.existsSync(path.join(STOCK, 'filter.d', 'asterisk.conf'))) return t.skip(`${STOCK} absent`);
  if (!fs.existsSync(LOG)) return t.skip('examples/logs/fail2ban absent');
  const c = await client();
  const res = await c.connection.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { filter: { name: 'asterisk' }, log: { uri: pathToFileURL(LOG).toString() } });
  assert.equal(res.error, undefined);
  assert.ok(res.matched > 0 && res.matches.length === res.matched, `matches listed: ${res.matches.length}`);
  assert.match(res.report!, /Lines: \d+ lines, \d+ ignored, \d+ matched, \d+ missed/);
  assert.ok(res.matches.every((m) => m.host && m.time !== undefined), 'every match has a host and a time');
  const stock = fs.readFileSync(path.join(STOCK, 'filter.d', 'asterisk.conf'), 'utf8').split('\n');
  const first = res.regexes[0]!.source!;
  assert.equal(first.uri, pathToFileURL(path.join(STOCK, 'filter.d', 'asterisk.conf')).toString(), 'CodeLens location: the filter file');
  assert.match(stock[first.line]!, /^failregex = \^Registration/, 'and the line of the first failregex');
  const real = fail2banRegex(LOG, 'asterisk');
  if (real) assert.deepEqual({ lines: res.lines, ignored: res.ignored, matched: res.matched, missed: res.missed }, real, 'same counts as fail2ban-regex');
  if (fs.existsSync(path.join(DIST, 'cli.js'))) {
    const r = cli(['test-filter', '--json', 'asterisk', LOG], EXAMPLES);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual([j.lines, j.matched, j.ignored, j.missed], [res.lines, res.matched, res.ignored, res.missed], 'same counts as asterisk-harden test-filter');
  }
  if (!real) return t.skip('fail2ban-regex absent (compared with test-filter only)');
});

test('testFilter request: a filter file uses its own directory (.local included), an open buffer wins over the disk', async (t) => {
  if (!fs.existsSync(path.join(STOCK, 'filter.d', 'asterisk.conf'))) return t.skip(`${STOCK} absent`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ah-req-'));
  try {
    fs.mkdirSync(path.join(dir, 'filter.d'));
    for (const f of ['asterisk.conf', 'common.conf']) fs.copyFileSync(path.join(STOCK, 'filter.d', f), path.join(dir, 'filter.d', f));
    // Ignore one of the example log's failures through a .local, as users override filters.
    fs.writeFileSync(path.join(dir, 'filter.d', 'asterisk.local'), "[Definition]\nignoreregex = ^Registration from '[^']*' failed for '192\\.0\\.2\\.77(:\\d+)?'\n");
    const c = await client();
    const filterUri = pathToFileURL(path.join(dir, 'filter.d', 'asterisk.conf')).toString();
    const logUri = pathToFileURL(LOG).toString();
    const res = await c.connection.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { filter: { uri: filterUri }, log: { uri: logUri } });
    assert.equal(res.error, undefined);
    assert.ok(res.ignored > 0, 'the .local beside the filter applies');
    const real = fail2banRegex(LOG, 'asterisk', dir);
    if (real) assert.deepEqual([res.lines, res.ignored, res.matched, res.missed], [real.lines, real.ignored, real.matched, real.missed]);
    const extra = "[2026-11-27 10:30:00] NOTICE[2245] chan_sip.c: Registration from '<sip:x@203.0.113.10>' failed for '198.51.100.99:5060' - Wrong password\n";
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: logUri, languageId: 'log', version: 1, text: fs.readFileSync(LOG, 'utf8') + extra } });
    const edited = await c.connection.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { filter: { uri: filterUri }, log: { uri: logUri } });
    assert.equal(edited.matched, res.matched + 1, 'the unsaved buffer is what gets tested');
    assert.ok(edited.matches.some((m) => m.host === '198.51.100.99'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('testFilter request: one line of text, a literal regex, and errors as data', async () => {
  const c = await client();
  const one = await c.connection.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { filter: { regex: '^\\s*login failed from <HOST>$' }, log: { text: '2026-11-27 10:00:00 login failed from 198.51.100.5' } });
  assert.equal(one.matched, 1);
  assert.equal(one.matches[0]!.host, '198.51.100.5');
  const bad = await c.connection.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { filter: { regex: '^(unclosed <HOST>' }, log: { text: 'x' } });
  assert.ok(bad.error, 'an invalid regex comes back as an error, not a crash');
  const none = await c.connection.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { filter: {}, log: { text: 'x' } });
  assert.match(none.error!, /no filter/);
});

const FORBIDDEN = /[;#,"'\\=@:\s[\]]/;
const HOSTS: Record<CredentialFormat, (block: string) => { file: string; text: string }> = {
  sip: (b) => ({ file: '/etc/asterisk/sip.conf', text: `[general]\nallowguest=no\nalwaysauthreject=yes\n\n${b}` }),
  pjsip: (b) => ({ file: '/etc/asterisk/pjsip.conf', text: b }),
  iax: (b) => ({ file: '/etc/asterisk/iax.conf', text: `[general]\n\n${b}` }),
  manager: (b) => ({ file: '/etc/asterisk/manager.conf', text: `[general]\nenabled=yes\nbindaddr=127.0.0.1\n\n${b}` }),
};

test('generateCredentials request: every file kind, the spec alphabet, and no AST2xx finding on the block', async () => {
  const c = await client();
  const engine = createEngine();
  const ast2 = engine.registry.all.filter((m) => m.id.startsWith('AST2')).map((m) => m.id);
  for (const format of ['sip', 'pjsip', 'iax', 'manager'] as CredentialFormat[]) {
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const r = await c.connection.sendRequest<GenerateCredentialsResult>(GENERATE_CREDENTIALS_REQUEST, { format, extension: '100' });
      assert.match(r.username, /^[A-Za-z][A-Za-z0-9]{11,}$/, `${format} username`);
      assert.ok(r.secret.length >= 24 && !FORBIDDEN.test(r.secret), `${format} secret uses the safe alphabet`);
      assert.ok(r.block.includes(r.username) && r.block.includes(r.secret));
      assert.ok(!seen.has(r.secret), 'fresh every time');
      seen.add(r.secret);
      const host = HOSTS[format](r.block);
      const found = check(engine.plugins, host.file, host.text, { language: 'asterisk-conf' }).filter((f) => f.ruleId.startsWith('AST2'));
      assert.deepEqual(found.map((f) => `${f.ruleId}: ${f.message}`), [], `${format} block`);
    }
    if (format !== 'manager') assert.match((await c.connection.sendRequest<GenerateCredentialsResult>(GENERATE_CREDENTIALS_REQUEST, { format, extension: '100' })).block, /extensions\.conf: exten => 100,1,Dial\(/);
  }
  assert.ok(ast2.length >= 4, `AST2xx rules in this build: ${ast2.join(' ')}`);
});

test('a pathological regex runs out of its time budget in the worker while the server keeps answering', async () => {
  const c = await startTestClient(NEOVIM_07);
  try {
    const log = `${'a'.repeat(34)}! from 192.0.2.1\n`.repeat(3);
    const started = Date.now();
    const pending = c.connection.sendRequest('asteriskHarden/testFilter', { filter: { regex: '^(a|aa)+$|^(a+)+b <HOST>' }, log: { text: log }, timeBudgetMs: 1500 });
    // The server's own thread is free: a request sent meanwhile is answered at once.
    const t0 = Date.now();
    await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere.conf' }, position: { line: 0, character: 0 } });
    assert.ok(Date.now() - t0 < 1000, 'the server answered while the test ran');
    const result: any = await pending;
    assert.equal(result.incomplete, 'time-budget', JSON.stringify(result));
    assert.match(result.error, /time budget/);
    assert.ok(Date.now() - started < 10_000);
  } finally {
    await c.close();
  }
});
