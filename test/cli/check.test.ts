import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { cli } from '../helpers/cli';
import { REPO_ROOT, tempTree } from '../helpers/paths';

const WEAK_GENERAL = '[general]\nallowguest=yes\nalwaysauthreject=no\nbindport=5872\n';

test('check: findings give exit 1 and file:line:col: severity ID(slug): message lines', () => {
  const dir = tempTree({ 'asterisk/sip.conf': WEAK_GENERAL });
  const r = cli(['check', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^asterisk\/sip\.conf:2:\d+: error AST101\(sip-allowguest\): .+$/m);
  assert.match(r.stdout, /^asterisk\/sip\.conf:3:\d+: error AST102\(sip-alwaysauthreject-off\): .+$/m);
  assert.match(r.stdout, /^\d+ problems? \(.*\d+ errors?.*\) in 1 file checked$/m);
});

test('check: --fail-on decides the exit status', () => {
  const dir = tempTree({ 'asterisk/sip.conf': WEAK_GENERAL });
  assert.equal(cli(['check', '--fail-on', 'never', '.'], dir).code, 0);
  assert.equal(cli(['check', '--fail-on=error', '.'], dir).code, 1);
  // Only a warning (AST104: permit without deny) and infos: fails at warning, passes at error.
  const warnOnly = tempTree({ 'asterisk/sip.conf': '[general]\nallowguest=no\nalwaysauthreject=yes\nbindport=5872\n\n[Xq7pLm2vKd9w]\ntype=peer\nhost=203.0.113.5\nsecret=Qm4vT9xLp2Rz8KdW6nYb3HcF\npermit=203.0.113.5/32\n' });
  const r = cli(['check', '--format', 'json', '.'], warnOnly);
  const sev = new Set(JSON.parse(r.stdout).findings.map((f: any) => f.severity));
  assert.ok(!sev.has('error'), r.stdout);
  assert.ok(sev.has('warning'), r.stdout);
  assert.equal(cli(['check', '--fail-on', 'error', '.'], warnOnly).code, 0);
  assert.equal(cli(['check', '.'], warnOnly).code, 1);
});

test('check: usage and I/O errors give exit 2 with a message', () => {
  const dir = tempTree({ 'x.txt': 'hello' });
  const missing = cli(['check', 'nope/'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\/: no such file or directory/);
  assert.equal(cli(['check'], dir).code, 2);
  const badFlag = cli(['check', '--colour', '.'], dir);
  assert.equal(badFlag.code, 2);
  assert.match(badFlag.stderr, /unknown option --colour/);
  assert.equal(cli(['check', '--format', 'xml', '.'], dir).code, 2);
  assert.equal(cli(['frobnicate'], dir).code, 2);
  const empty = cli(['check', '.'], dir);
  assert.equal(empty.code, 0);
  assert.match(empty.stdout, /no problems in 0 files checked/);
  assert.match(empty.stderr, /no Asterisk, fail2ban or iptables file found/);
  const notOurs = cli(['check', 'x.txt'], dir);
  assert.equal(notOurs.code, 2);
  assert.match(notOurs.stderr, /not a file asterisk-harden recognises/);
});

test('check --format json follows the contract (0-based LSP positions, fixes with edits)', () => {
  const dir = tempTree({ 'asterisk/sip.conf': WEAK_GENERAL });
  const r = cli(['check', '--format', 'json', 'asterisk/sip.conf'], dir);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.equal(report.version, 1);
  const f = report.findings.find((x: any) => x.ruleId === 'AST102');
  assert.ok(f, r.stdout);
  assert.deepEqual(Object.keys(f).sort(), ['file', 'fixes', 'message', 'range', 'ruleId', 'severity', 'slug'].sort());
  assert.equal(f.file, 'asterisk/sip.conf');
  assert.equal(f.slug, 'sip-alwaysauthreject-off');
  assert.equal(f.severity, 'error');
  assert.equal(f.range.start.line, 2);
  assert.equal(typeof f.range.start.character, 'number');
  const safe = f.fixes.find((x: any) => x.kind === 'safe');
  assert.ok(safe, 'AST102 offers a safe fix');
  assert.equal(safe.edits[0].file, 'asterisk/sip.conf');
  assert.match(safe.edits[0].newText, /yes/);
  assert.ok(f.message.length > 20);
});

test('check --format sarif is valid SARIF 2.1.0 and carries suppressed results', () => {
  const schemaPath = require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json', { paths: [REPO_ROOT] });
  const dir = tempTree({ 'asterisk/sip.conf': '[general]\n; asterisk-harden disable=AST101 behind a session border controller\nallowguest=yes\nalwaysauthreject=no\n' });
  const r = cli(['check', '--format', 'sarif', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  const log: any = JSON.parse(r.stdout);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv); // the schema's uri, uuid and date-time formats are checked, not ignored
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
  assert.ok(validate(log as object), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  const rule = run.tool.driver.rules.find((x: any) => x.id === 'AST101');
  assert.equal(rule.name, 'sip-allowguest');
  assert.match(rule.helpUri, /docs\/rules\/AST101\.md$/);
  assert.equal(rule.defaultConfiguration.level, 'error');
  assert.ok(rule.shortDescription.text.length > 0);
  const suppressed = run.results.find((x: any) => x.ruleId === 'AST101');
  assert.deepEqual(suppressed.suppressions, [{ kind: 'inSource' }]);
  const ast102 = run.results.find((x: any) => x.ruleId === 'AST102');
  assert.equal(ast102.locations[0].physicalLocation.region.startLine, 4);
  assert.equal(ast102.locations[0].physicalLocation.artifactLocation.uri, 'asterisk/sip.conf');
  assert.equal(ast102.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.match(ast102.partialFingerprints['asteriskHarden/v1'], /^[0-9a-f]{32}:1$/);
  assert.equal(run.tool.driver.rules[ast102.ruleIndex].id, 'AST102');
  assert.ok(ast102.fixes.length >= 1, 'the safe fix is carried');
  // A review fix (AST202/AST204: a generated secret) never reaches a SARIF dashboard.
  const weak = tempTree({ 'asterisk/sip.conf': '[general]\ncontext=public\nallowguest=no\nbindport=5872\n\n[Xq7pLm2vKd9w]\ntype=friend\nhost=dynamic\nsecret=1234\ndeny=0.0.0.0/0.0.0.0\npermit=203.0.113.5/32\n' });
  const weakLog = JSON.parse(cli(['check', '--format', 'sarif', '.'], weak).stdout);
  const secretResults = weakLog.runs[0].results.filter((x: any) => x.ruleId === 'AST202' || x.ruleId === 'AST204');
  assert.ok(secretResults.length > 0);
  assert.ok(secretResults.every((x: any) => x.fixes === undefined), JSON.stringify(secretResults[0].fixes));
  // A suppressed finding does not fail the run by itself.
  const only = tempTree({ 'asterisk/sip.conf': '[general]\ncontext=public\nauth_options_requests=yes\nalwaysauthreject=yes\nbindport=5872\n; asterisk-harden disable=AST101\nallowguest=yes\n' });
  assert.equal(cli(['check', '--fail-on', 'info', '.'], only).code, 0, cli(['check', '.'], only).stdout);
});

test('.asterisk-harden.json is found by walking up and --config overrides it', () => {
  const dir = tempTree({
    '.asterisk-harden.json': JSON.stringify({ rules: { AST101: 'off', 'sip-alwaysauthreject-off': 'warning' } }),
    'pbx/asterisk/sip.conf': WEAK_GENERAL,
    'strict.json': JSON.stringify({ 'asteriskHarden.rules': { AST102: 'off' } }),
  });
  const walked = JSON.parse(cli(['check', '--format', 'json', 'pbx'], dir).stdout).findings;
  assert.ok(!walked.some((f: any) => f.ruleId === 'AST101'));
  assert.equal(walked.find((f: any) => f.ruleId === 'AST102').severity, 'warning');
  const explicit = JSON.parse(cli(['check', '--format', 'json', '--config', 'strict.json', 'pbx'], dir).stdout).findings;
  assert.ok(explicit.some((f: any) => f.ruleId === 'AST101'));
  assert.ok(!explicit.some((f: any) => f.ruleId === 'AST102'));
  const broken = tempTree({ '.asterisk-harden.json': '{ not json', 'asterisk/sip.conf': WEAK_GENERAL });
  const r = cli(['check', '.'], broken);
  assert.equal(r.code, 1, 'a broken settings file falls back to the defaults');
  assert.match(r.stderr, /cannot read settings/);
});

test('fix applies safe fixes only, keeps comments, and --dry-run writes nothing', () => {
  const text = '; our PBX\n[general]\ncontext=public\nauth_options_requests=yes\nallowguest=yes ; guests\nalwaysauthreject=no ; was yes\nbindport=5872\n';
  const dir = tempTree({ 'asterisk/sip.conf': text });
  const dry = cli(['fix', '--dry-run', '.'], dir);
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /would fix asterisk\/sip\.conf:6:\d+: AST102/);
  assert.equal(fs.readFileSync(path.join(dir, 'asterisk/sip.conf'), 'utf8'), text);
  const real = cli(['fix', '.'], dir);
  assert.equal(real.code, 0, real.stderr);
  const after = fs.readFileSync(path.join(dir, 'asterisk/sip.conf'), 'utf8');
  assert.match(after, /^alwaysauthreject=yes ; was yes$/m);
  assert.match(after, /^allowguest=yes ; guests$/m, 'AST101 fix is a review fix: not applied');
  assert.match(after, /^; our PBX$/m);
  assert.equal(after.split('\n').length, text.split('\n').length);
});

test('rules lists the catalogue from the registry', () => {
  const r = cli(['rules', '--json'], REPO_ROOT);
  assert.equal(r.code, 0);
  const rules = JSON.parse(r.stdout).rules;
  for (const id of ['AST101', 'AST102', 'AST104', 'F2B101', 'IPT001', 'AH001', 'AH002']) {
    const rule = rules.find((x: any) => x.id === id);
    assert.ok(rule, `${id} is registered`);
    assert.match(rule.slug, /^[a-z0-9-]+$/);
  }
  const text = cli(['rules'], REPO_ROOT);
  assert.match(text.stdout, /^AST101 {2}sip-allowguest +error/m);
});
