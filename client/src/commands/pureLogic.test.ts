/** The client's VS Code-free logic: credential placement, filter results, failJSON, jail reading. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { TestFilterResult } from '../../../server/src/protocol';
import { formatFromFileName, planCredentialEdit, scanSections, validateExtension, type PlainEdit } from './credentialEdits';
import { checkFailJson, filterNameForLog, logTextForTest, parseFailJson } from './failJson';
import { codeLensEntries, failregexLines, formatTime, lineHighlights, logLineVerdict, summaryText } from './filterResults';
import { isFilterFile, jailAt } from './filterTarget';

function apply(text: string, edits: PlainEdit[]): string {
  const lines = text.split('\n');
  const off = (l: number, c: number) => lines.slice(0, l).reduce((n, x) => n + x.length + 1, 0) + c;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.line, b.character) - off(a.line, a.character))) {
    out = out.slice(0, off(e.line, e.character)) + e.newText + out.slice(off(e.endLine, e.endCharacter));
  }
  return out;
}

const GEN = { username: 'Kx7mQ2vR9tLa', secret: 'aB3-dE5_fG7.hJ9+kL2*mN4!pQ', block: '[Kx7mQ2vR9tLa]\ntype=friend\nsecret=aB3-dE5_fG7.hJ9+kL2*mN4!pQ\n' };

test('file kind from the file name', () => {
  assert.equal(formatFromFileName('/etc/asterisk/sip.conf'), 'sip');
  assert.equal(formatFromFileName('C:\\pbx\\sip_custom.conf'), 'sip');
  assert.equal(formatFromFileName('/etc/asterisk/pjsip_wizard.conf'), 'pjsip');
  assert.equal(formatFromFileName('/etc/asterisk/pjsip.endpoints.conf'), 'pjsip');
  assert.equal(formatFromFileName('iax.conf'), 'iax');
  assert.equal(formatFromFileName('manager.conf'), 'manager');
  assert.equal(formatFromFileName('extensions.conf'), undefined);
});

test('sections and value columns, with escaped semicolons and comments', () => {
  const s = scanSections('[general]\nallowguest=no\n\n[peer] ; c\ntype = friend\nsecret = ab\\;cd ; old\n');
  assert.deepEqual(s.map((x) => [x.name, x.headerLine, x.endLine, x.lastContentLine]), [['general', 0, 2, 1], ['peer', 3, 6, 5]]);
  const secret = s[1]!.keys.find((k) => k.key === 'secret')!;
  assert.deepEqual([secret.valueStart, secret.valueEnd, secret.value], [9, 15, 'ab\\;cd']);
});

test('cursor on a secret line: only that value changes, the comment stays', () => {
  const text = '[general]\nallowguest=no\n\n[aB7ytWxEd]\ntype=friend\nsecret=weak ; set in 2019\nhost=dynamic\n';
  const plan = planCredentialEdit('sip', text, 5, GEN);
  assert.equal(plan.kind, 'replace-secret');
  assert.equal(plan.description, 'the secret of [aB7ytWxEd]');
  assert.ok(!plan.description.includes(GEN.secret));
  assert.equal(apply(text, plan.edits), text.replace('secret=weak ;', `secret=${GEN.secret} ;`));
});

test('cursor elsewhere in an account: its secret is replaced; on a username line: the username', () => {
  const text = '[tpl](!)\n[peer1]\ntype=friend\ndefaultuser=peer1\nsecret=x\n';
  assert.equal(apply(text, planCredentialEdit('sip', text, 2, GEN).edits), text.replace('secret=x', `secret=${GEN.secret}`));
  const u = planCredentialEdit('sip', text, 3, GEN);
  assert.equal(u.kind, 'replace-username');
  assert.equal(apply(text, u.edits), text.replace('defaultuser=peer1', `defaultuser=${GEN.username}`));
  const pj = '[1000]\ntype=endpoint\nauth=1000\n\n[1000]\ntype=auth\nusername=1000\npassword=1000\n';
  assert.equal(apply(pj, planCredentialEdit('pjsip', pj, 5, GEN).edits), pj.replace('password=1000', `password=${GEN.secret}`));
  assert.equal(planCredentialEdit('pjsip', pj, 1, GEN).kind, 'insert', 'an endpoint section holds no password: insert a block');
});

test('outside an account: the block is inserted after the section, or at the cursor before any', () => {
  const text = '[general]\nallowguest=no\n; trailing comment\n\n[other]\nx=1\n';
  const plan = planCredentialEdit('sip', text, 1, GEN);
  assert.equal(plan.kind, 'insert');
  assert.equal(apply(text, plan.edits), `[general]\nallowguest=no\n\n${GEN.block.trimEnd()}\n; trailing comment\n\n[other]\nx=1\n`);
  const top = '; header comment\n';
  assert.equal(apply(top, planCredentialEdit('manager', top, 1, GEN).edits), `; header comment\n\n${GEN.block.trimEnd()}\n\n`);
});

test('extension validation', () => {
  assert.equal(validateExtension(''), undefined);
  assert.equal(validateExtension('100'), undefined);
  assert.equal(validateExtension('*97#'), undefined);
  assert.match(validateExtension('Pierre')!, /Digits/);
});

const RESULT: TestFilterResult = {
  version: 1,
  lines: 4,
  matched: 2,
  ignored: 0,
  missed: 2,
  regexes: [
    { index: 0, pattern: "^Registration from '[^']*' failed for '<HOST>(:\\d+)?' - Wrong password$", hits: 1 },
    { index: 1, pattern: '^hacking attempt detected <HOST>$', hits: 0 },
    { index: 2, pattern: '^SecurityEvent="InvalidPassword".*RemoteAddress="IPV4/UDP/<HOST>/\\d+"', hits: 1 },
  ],
  matches: [
    { lineNumber: 2, regex: 0, host: '198.51.100.7', time: 1795773601, groups: { host: '198.51.100.7' } },
    { lineNumber: 4, regex: 2, host: '203.0.113.9', groups: { 'F-USER': 'bob' }, hostRange: { start: 60, end: 71 } },
  ],
};
const LOG = ['noise', "[2026-11-27 10:00:01] NOTICE[1] chan_sip.c: Registration from '' failed for '198.51.100.7:5060' - Wrong password", 'more noise', 'x'];

test('highlights: one per matched line, host columns found in the line or taken from the server', () => {
  const h = lineHighlights(RESULT, (n) => LOG[n]);
  assert.equal(h.length, 2);
  assert.equal(h[0]!.line, 1);
  assert.equal(LOG[1]!.slice(h[0]!.host!.start, h[0]!.host!.end), '198.51.100.7');
  assert.deepEqual(h[1]!.host, { start: 60, end: 71 });
  assert.match(h[0]!.hover, /failregex #1 matched/);
  assert.match(h[0]!.hover, /host: `198\.51\.100\.7`/);
  assert.match(h[0]!.hover, new RegExp(`time: ${formatTime(1795773601)}`));
  assert.match(h[1]!.hover, /no date found/);
  assert.match(h[1]!.hover, /F-USER: `bob`/);
});

test('summary in the fail2ban-regex layout, CodeLens lines and the one-line verdict', () => {
  const s = summaryText(RESULT, 'filter.d/asterisk.conf', '/var/log/asterisk/fail2ban');
  assert.match(s, /Use {3}failregex filter file : filter\.d\/asterisk\.conf/);
  assert.match(s, /\| {3}1\) \[1\] \^Registration/);
  assert.doesNotMatch(s, /hacking attempt/, 'regexes without hits are not listed, as in fail2ban-regex');
  assert.match(s, /Lines: 4 lines, 0 ignored, 2 matched, 2 missed/);
  assert.equal(summaryText({ ...RESULT, report: 'REPORT' }, 'a', 'b'), 'REPORT');
  const filter = '[INCLUDES]\nbefore = common.conf\n[Definition]\nprefregex = ^x\nfailregex = ^Registration\n# off\n            ^hacking\n\n            ^SecurityEvent\nignoreregex =\n';
  assert.deepEqual(failregexLines(filter), [4, 6, 8]);
  assert.deepEqual(codeLensEntries(RESULT, 'file:///f', filter).map((e) => [e.line, e.title]), [[4, '1 hit in the last filter test'], [6, '0 hits in the last filter test'], [8, '1 hit in the last filter test']]);
  const located = { ...RESULT, regexes: RESULT.regexes.map((r) => ({ ...r, source: { uri: r.index === 1 ? 'file:///other' : 'file:///f', line: 10 + r.index } })) };
  assert.deepEqual(codeLensEntries(located, 'file:///f', filter).map((e) => e.line), [10, 12]);
  assert.match(logLineVerdict(RESULT), /^failregex #1 matched \(and 1 more\): host 198\.51\.100\.7, time /);
  assert.equal(logLineVerdict({ ...RESULT, matches: [] }), 'No failregex matched this line.');
});

test('failJSON: annotations, the text the filter sees, and every kind of mismatch', () => {
  const log = [
    '# failJSON: { "time": "2005-08-14T12:00:00", "match": true, "host": "1.2.3.4" }',
    'line one',
    '# failJSON: { "match": false }',
    'line two',
    '# failJSON: { "match": true, "host": "5.6.7.8", "user": "bob" }',
    'line three',
    '# failJSON: { not json',
    'line four',
    '# a plain comment',
    'line five (unannotated)',
  ].join('\n');
  const ann = parseFailJson(log);
  assert.deepEqual(ann.map((a) => [a.line, a.target, !!a.error]), [[0, 1, false], [2, 3, false], [4, 5, false], [6, 7, true]]);
  assert.equal(logTextForTest(log, ann).split('\n')[8], '', 'comment lines are blanked, line numbers kept');
  assert.equal(logTextForTest(log, ann).split('\n')[1], 'line one');
  const result: TestFilterResult = {
    ...RESULT,
    matches: [
      { lineNumber: 2, regex: 0, host: '1.2.3.4', groups: {} },
      { lineNumber: 4, regex: 1, host: '9.9.9.9', groups: {} },
      { lineNumber: 6, regex: 0, host: '5.6.7.9', groups: { 'F-USER': 'alice' } },
      { lineNumber: 10, regex: 2, host: '7.7.7.7', groups: {} },
    ],
  };
  const problems = checkFailJson(log, ann, result);
  assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[3, 'error'], [5, 'error'], [5, 'error'], [6, 'error'], [9, 'warning']]);
  assert.match(problems[0]!.message, /expects no match, but failregex #2 matched \(host 9\.9\.9\.9\)/);
  assert.match(problems[1]!.message, /expects host 5\.6\.7\.8, the filter found 5\.6\.7\.9/);
  assert.match(problems[2]!.message, /expects user bob, the filter found alice/);
  assert.match(problems[3]!.message, /not valid JSON/);
  assert.match(problems[4]!.message, /no failJSON annotation/);
  assert.deepEqual(checkFailJson('# failJSON: {"match": true}\nx', parseFailJson('# failJSON: {"match": true}\nx'), { ...RESULT, matches: [] }).map((p) => p.message), ['failJSON expects a match, but no failregex of the filter matched this line.']);
  assert.equal(filterNameForLog('/src/fail2ban/tests/files/logs/asterisk', undefined), 'asterisk');
  assert.equal(filterNameForLog('/x/sshd.log', ''), 'sshd');
  assert.equal(filterNameForLog('/x/anything', 'asterisk[mode=aggressive]'), 'asterisk[mode=aggressive]');
});

test('jail under the cursor: filter with options, logpaths; filter files recognised', () => {
  const jail = '[DEFAULT]\nbantime = 1h\n\n[asterisk-provya]\nenabled  = true\nfilter   = asterisk[mode=aggressive] ; inline\nlogpath  = /var/log/asterisk/fail2ban\n           /var/log/asterisk/messages tail\n           %(syslog_authpriv)s\n\n[sshd]\nenabled = true\n';
  assert.deepEqual(jailAt(jail, 4), { jail: 'asterisk-provya', filterName: 'asterisk', filterOptions: '[mode=aggressive]', logpaths: ['/var/log/asterisk/fail2ban', '/var/log/asterisk/messages'] });
  assert.deepEqual(jailAt(jail, 11), { jail: 'sshd', filterName: 'sshd', logpaths: [] }, 'no filter= means the jail name');
  assert.equal(jailAt(jail, 1), undefined, '[DEFAULT] is not a jail');
  assert.ok(isFilterFile('/etc/fail2ban/filter.d/asterisk.local'));
  assert.ok(!isFilterFile('/etc/fail2ban/jail.d/asterisk.local'));
});
