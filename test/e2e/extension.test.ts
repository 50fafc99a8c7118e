/**
 * The packaged extension in a real VS Code (code-server 4.100.3) driven through headless Chromium,
 * the way a person uses it: the five proofs of issue #7. Run by `npm run test:e2e`
 * (scripts/e2e/run-e2e.mjs), never by the unit runner. Screenshots go to test-results/e2e/.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { applyCodeAction, hoverAt, openCodeActions, readOutputChannels, readProblems, showProblems, waitProblems, type Marker } from './panels';
import { cliFindings, fail2banRegex, parseLinesSummary, type CliFinding } from './reference';
import { openSession, type Session } from './session';
import { waitFor } from './workbench';

const SIP = 'asterisk/sip.conf';
const IPT = 'firewall/iptables.sh';
const JAIL = 'fail2ban/jail.d/provya.conf';
/** What the guide's 20 rules must yield (issue #5, "Done when"). */
const GUIDE_IPT_RULES = ['IPT001', 'IPT002', 'IPT101', 'IPT102', 'IPT301'];
const SOURCE = 'asterisk-harden';
const STEP_TIMEOUT = 120_000;

let s: Session;
let reference: Map<string, CliFinding[]> | string;

before(async () => {
  s = await openSession();
  // The CLI's view of the untouched workspace, computed before any proof edits it.
  reference = cliFindings(s.workspace);
}, { timeout: 180_000 });

after(async () => {
  await s?.close();
}, { timeout: 30_000 });

const ours = (m: Marker): boolean => m.source === SOURCE;
const key = (code: string, line: number): string => `${code}@${line}`;
const show = (ms: Marker[]): string => ms.map((m) => `${m.code}@${m.line}:${m.column}(${m.severity})`).join(', ') || 'none';

function readLines(rel: string): string[] {
  return fs.readFileSync(s.file(rel), 'utf8').split(/\r?\n/);
}

/** The Problems panel agrees with `asterisk-harden check` on the same file (hints never show there). */
function assertSameAsCli(rel: string, shown: Marker[]): void {
  if (typeof reference === 'string') {
    assert.fail(`cannot compare the Problems panel with the CLI for ${rel}: ${reference}`);
  }
  const expected = (reference.get(s.file(rel)) ?? []).filter((f) => f.severity !== 'hint');
  const want = new Set(expected.map((f) => key(f.ruleId, f.line + 1)));
  const got = new Set(shown.map((m) => key(m.code, m.line)));
  const missing = [...want].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !want.has(k));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] },
    `${rel}: the Problems panel differs from \`asterisk-harden check --format json\` (rule@line): missing in VS Code ${JSON.stringify(missing)}, only in VS Code ${JSON.stringify(extra)}`);
}

// Keep the reader honest: the Problems reader must see markers VS Code itself produces.
test('(harness) the Problems panel reader sees a built-in JSON diagnostic', { timeout: 60_000 }, async () => {
  const { wb } = s;
  fs.writeFileSync(s.file('e2e-broken.json'), '{ "a": 1,, }\n');
  await wb.openFile('e2e-broken.json');
  await showProblems(wb);
  const shown = await waitFor('the JSON language service to report e2e-broken.json', async () => {
    const ms = (await readProblems(wb)).filter((m) => m.file === 'e2e-broken.json');
    return ms.length ? ms : undefined;
  }, 30_000);
  assert.ok(shown.every((m) => m.line === 1 && m.column > 1), `unexpected positions: ${show(shown)}`);
});

test('(a) opening sip.conf and iptables.sh shows their diagnostics in the Problems panel', { timeout: STEP_TIMEOUT }, async () => {
  const { wb } = s;
  await wb.openFile(SIP);
  await wb.screenshot('a1-sip-conf-open');
  await wb.openFile(IPT);
  await showProblems(wb);
  const ipt = await waitProblems(wb, 'iptables.sh', (ms) => ms.some(ours),
    `asterisk-harden diagnostics for ${IPT} in the Problems panel (does the extension activate on shell scripts and its server start? see test-results/e2e/log-*)`);
  const sip = await waitProblems(wb, 'sip.conf', (ms) => ms.some(ours), `asterisk-harden diagnostics for ${SIP} in the Problems panel`, 30_000);
  await wb.page.keyboard.press('Control+Home').catch(() => undefined);
  await wb.screenshot('a2-problems-panel');

  const iptCodes = new Set(ipt.filter(ours).map((m) => m.code));
  const absent = GUIDE_IPT_RULES.filter((id) => !iptCodes.has(id));
  assert.deepEqual(absent, [], `${IPT}: the guide's ruleset must show ${GUIDE_IPT_RULES.join(', ')}; missing ${absent.join(', ')}; shown: ${show(ipt)}`);
  assert.ok(sip.filter(ours).every((m) => /^AST\d{3}$/.test(m.code)), `${SIP}: only AST rules belong on sip.conf; shown: ${show(sip)}`);
  assertSameAsCli(SIP, sip.filter(ours));
  assertSameAsCli(IPT, ipt.filter(ours));
});

test('(b) the IPT001 quick fix changes only its line and the finding disappears', { timeout: STEP_TIMEOUT }, async () => {
  const { wb } = s;
  await wb.openFile(IPT);
  await showProblems(wb);
  const before = await waitProblems(wb, 'iptables.sh', (ms) => ms.some((m) => m.code === 'IPT001'), `IPT001 on ${IPT} in the Problems panel`);
  const target = before.find((m) => m.code === 'IPT001')!;
  const original = readLines(IPT);

  await wb.goToLine(target.line, target.column);
  const titles = await openCodeActions(wb);
  await wb.screenshot('b1-quick-fix-menu');
  // The fix the catalogue specifies: `-m multiport --dports …`; never a suppression or a docs link.
  const fix = titles.find((t) => /multiport/i.test(t) && !/disable|suppress|ignore|documentation/i.test(t));
  assert.ok(fix, `the quick-fix menu at ${IPT}:${target.line}:${target.column} offers no multiport fix for IPT001; offered: ${JSON.stringify(titles)}`);
  await applyCodeAction(wb, fix);
  await wb.save();

  const fixed = readLines(IPT);
  assert.equal(fixed.length, original.length, `the IPT001 fix added or removed lines (${original.length} -> ${fixed.length})`);
  const changed = original.map((l, i) => (l === fixed[i] ? -1 : i + 1)).filter((n) => n > 0);
  assert.deepEqual(changed, [target.line], `the IPT001 fix must change only line ${target.line}; changed lines: ${JSON.stringify(changed)}`);
  assert.match(fixed[target.line - 1]!, /-m multiport\b.*--[ds]ports\s+\S*,/, `line ${target.line} after the fix: ${fixed[target.line - 1]}`);
  // Comments survive the fix (the guide's lines carry --comment "…").
  const comment = /--comment\s+"[^"]*"/.exec(original[target.line - 1]!)?.[0];
  if (comment) assert.ok(fixed[target.line - 1]!.includes(comment), `the fix dropped the rule's ${comment}`);

  const afterFix = await waitProblems(wb, 'iptables.sh', (ms) => !ms.some((m) => m.code === 'IPT001' && m.line === target.line),
    `IPT001 to disappear from line ${target.line} after the fix`, 30_000);
  await wb.screenshot('b2-after-quick-fix');
  assert.ok(!afterFix.some((m) => m.code === 'IPT001' && m.line === target.line), `IPT001 still shown: ${show(afterFix)}`);
});

test('(c) "Generate Strong SIP Credentials" inserts a block whose secret is at least 24 characters', { timeout: STEP_TIMEOUT }, async () => {
  const { wb, page } = { wb: s.wb, page: s.wb.page };
  await wb.openFile(SIP);
  const original = readLines(SIP);
  // A fresh line at the end of the file, where a new account block belongs.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const dirtyBefore = fs.readFileSync(s.file(SIP), 'utf8');

  await wb.runCommand('Generate Strong SIP Credentials');
  const transcript = await wb.answerPrompts(
    [
      { when: /extension|number|exten/i, type: '2001' },
      { when: /insert|new|block|account|peer|friend|format|kind/i, pick: /insert|new|block|sip\.conf|peer|friend|sip\b/i },
    ],
    async () => (await wb.activeEditor().locator('.view-line').allInnerTexts()).some((l) => /secret\s*=/.test(l.replace(/\u00a0/g, ' '))) && !(await wb.quickInputVisible()),
    'the generated credential block to appear in the editor',
  );
  await wb.screenshot('c1-credentials-inserted');
  await wb.dismissNotifications();
  await wb.save();
  assert.notEqual(fs.readFileSync(s.file(SIP), 'utf8'), dirtyBefore, 'the command saved nothing new into sip.conf');

  const now = readLines(SIP);
  const added = now.slice(original.length - 1);
  const kept = now.slice(0, original.length - 1);
  assert.deepEqual(kept, original.slice(0, original.length - 1), 'the credential command changed lines above the cursor');
  const secrets = added.map((l) => /^\s*secret\s*=\s*(\S+)/.exec(l)?.[1]).filter((v): v is string => v !== undefined);
  assert.equal(secrets.length, 1, `expected one secret= line in the inserted block (${added.length} lines added; prompts: ${transcript.join(' ; ')})`);
  // Never print the value: its length and classes say enough.
  const secret = secrets[0]!;
  assert.ok(secret.length >= 24, `the generated secret has ${secret.length} characters; at least 24 required`);
  const header = added.find((l) => /^\s*\[[^\]]+\]/.test(l));
  assert.ok(header, 'the inserted block has no [account] section header');

  // The generator satisfies every credential rule: no AST2xx on the new block.
  await showProblems(wb);
  const firstAdded = original.length;
  const sip = await waitProblems(wb, 'sip.conf', () => true, 'the Problems panel to settle after inserting credentials', 30_000);
  const weak = sip.filter((m) => /^AST2\d\d$/.test(m.code) && m.line >= firstAdded);
  assert.deepEqual(weak.map((m) => m.code), [], `credential findings on the generated block: ${show(weak)}`);
});

test('(d) "Test fail2ban Filter Against Log" reports the same match count as fail2ban-regex', { timeout: STEP_TIMEOUT }, async () => {
  const { wb } = s;
  const logsDir = s.file('logs');
  const logs = fs.existsSync(logsDir) ? fs.readdirSync(logsDir).filter((f) => fs.statSync(path.join(logsDir, f)).isFile()).sort() : [];
  assert.ok(logs.length > 0, `no example log in ${logsDir}`);
  const log = logs[0]!;
  const filter = '/etc/fail2ban/filter.d/asterisk.conf';
  assert.ok(fs.existsSync(filter), `${filter} absent: install Debian's fail2ban`);
  const truth = fail2banRegex(path.join(logsDir, log), filter);
  assert.ok(typeof truth !== 'string', `fail2ban-regex: ${truth}`);

  await wb.openFile(JAIL);
  await wb.runCommand('Test fail2ban Filter Against Log');
  let summary: { where: string; matched: number } | undefined;
  const findSummary = async (): Promise<boolean> => {
    for (const n of await wb.notifications()) {
      const m = /(\d+)\s+(?:of\s+\d+\s+lines?\s+)?matched/i.exec(n);
      if (m && parseLinesSummary(n) === undefined) summary = { where: `notification "${n}"`, matched: Number(m[1]) };
    }
    for (const ch of await readOutputChannels(wb, /asterisk.?harden|fail2ban/i).catch(() => [])) {
      const parsed = parseLinesSummary(ch.text);
      if (parsed) summary = { where: `output channel "${ch.name}"`, matched: parsed.matched };
    }
    return summary !== undefined;
  };
  const transcript = await wb.answerPrompts(
    [
      { when: /log/i, pick: new RegExp(log.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) },
      { when: /jail|filter/i, pick: /asterisk/i },
      { when: /path|file/i, type: path.join(logsDir, log) },
    ],
    async () => !(await wb.quickInputVisible()) && (await findSummary()),
    `a filter-test result ("Lines: … matched" in an Asterisk Harden output channel) for logs/${log}`,
    90_000,
  );
  await wb.screenshot('d1-filter-test-result');
  assert.ok(summary, `no match count found (prompts: ${transcript.join(' ; ')})`);
  assert.equal(summary.matched, truth.matched,
    `the extension reports ${summary.matched} matched lines (${summary.where}); fail2ban-regex ${path.basename(filter)} reports ${truth.matched} of ${truth.lines}`);
});

test('(e) hovering an option shows its documentation', { timeout: STEP_TIMEOUT }, async () => {
  const { wb } = s;
  await wb.openFile(SIP);
  await wb.escapeAll();
  const lines = readLines(SIP);
  const options = ['allowguest', 'alwaysauthreject', 'bindport', 'deny', 'permit'];
  const at = lines.findIndex((l) => options.some((o) => new RegExp(`^\\s*${o}\\s*=`).test(l)));
  assert.ok(at >= 0, `${SIP} has none of ${options.join(', ')} to hover`);
  const option = /^\s*(\w+)/.exec(lines[at]!)![1]!;
  const column = lines[at]!.indexOf(option) + 2;
  const hover = await hoverAt(wb, at + 1, column);
  await wb.screenshot('e1-hover-option');
  const doc = hover.docs.join('\n');
  assert.match(doc, new RegExp(option, 'i'), `the hover on "${option}" (line ${at + 1}) does not name the option: ${doc.slice(0, 300)}`);
  assert.ok(doc.length >= option.length + 30, `the hover on "${option}" is too short to document it: ${doc}`);
  assert.match(doc, /default/i, `the hover on "${option}" gives no default (issue #3: meaning, default, secure value): ${doc.slice(0, 300)}`);
  await wb.page.keyboard.press('Escape');
});
