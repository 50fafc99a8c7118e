import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { FILTER, FILTER_LOCAL, fixedText, guide, JAIL, ROOT, run, SIP } from '../testkit';

test('XF005 fires on the guide\'s jail: extension-not-found failregex active with allowguest=no', () => {
  const files = guide();
  const f = run('XF005', JAIL, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(f[0].range.start.line, 3, 'points at filter = asterisk');
  assert.deepEqual(f[0].related?.map((r) => [r.file, r.range.start.line]), [[FILTER, 2], [SIP, 2]]);
  const guestLine = files[FILTER].split('\n')[2];
  assert.deepEqual(f[0].related?.[0].range, { start: { line: 2, character: 12 }, end: { line: 2, character: guestLine.length } });
  const fix = f[0].fixes[0];
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(fix.edits.map((e) => [e.file, e.createFile]), [[FILTER_LOCAL, true]]);
  const local = fixedText(files, f[0], FILTER_LOCAL);
  const lines = local.split('\n');
  assert.ok(lines.includes('[Definition]'));
  // The other lines are copied as written; the guest line becomes a comment line.
  const src = files[FILTER].split('\n');
  assert.ok(lines.includes(src[1]));
  assert.ok(lines.includes(src[3]));
  assert.ok(lines.includes('#' + src[2].slice(1)));
  // With the override in place fail2ban's merged filter no longer has the line: no finding.
  assert.equal(run('XF005', JAIL, { ...files, [FILTER_LOCAL]: local }).length, 0);
});

test('XF005 with an existing .local that sets failregex comments the line out in place', () => {
  const files = guide();
  files[FILTER_LOCAL] = files[FILTER].replace('[Definition]', '# my override\n[Definition]');
  const f = run('XF005', JAIL, files);
  assert.equal(f.length, 1);
  const after = fixedText(files, f[0], FILTER_LOCAL);
  assert.equal(after, files[FILTER_LOCAL].replace("            ^Call from", "#             ^Call from"));
  assert.equal(run('XF005', JAIL, { ...files, [FILTER_LOCAL]: after }).length, 0);
});

test('XF005 quiet when guests are allowed, when the line is already gone, and from Asterisk 21 on', () => {
  const files = guide();
  assert.equal(run('XF005', JAIL, { ...files, [SIP]: files[SIP].replace('allowguest=no', 'allowguest=yes') }).length, 0);
  assert.equal(run('XF005', JAIL, { ...files, [SIP]: files[SIP].replace('allowguest=no\n', '') }).length, 0);
  const lines = files[FILTER].split('\n');
  assert.equal(run('XF005', JAIL, { ...files, [FILTER]: [...lines.slice(0, 2), ...lines.slice(3)].join('\n') }).length, 0);
  assert.equal(run('XF005', JAIL, files, { asterisk: { targetVersion: 21 } }).length, 0);
});

test('XF005 fix checked by the real fail2ban: the created .local drops exactly the guest failregex', (t) => {
  const sys = '/etc/fail2ban';
  const probe = spawnSync('fail2ban-client', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0 || !fs.existsSync(`${sys}/filter.d/asterisk.conf`)) return t.skip('fail2ban-client or /etc/fail2ban absent');
  const files = guide();
  files[FILTER] = fs.readFileSync(`${sys}/filter.d/asterisk.conf`, 'utf8');
  files[`${ROOT}/fail2ban/filter.d/common.conf`] = fs.readFileSync(`${sys}/filter.d/common.conf`, 'utf8');
  const f = run('XF005', JAIL, files);
  assert.equal(f.length, 1);
  const local = fixedText(files, f[0], FILTER_LOCAL);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xf005-'));
  try {
    fs.cpSync(sys, dir, { recursive: true });
    // Only this jail, reading a file that exists (fail2ban refuses a jail without its log).
    fs.rmSync(path.join(dir, 'jail.d'), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'jail.d'));
    fs.writeFileSync(path.join(dir, 'jail.d', 'provya.conf'), files[JAIL].replace('/var/log/asterisk/fail2ban', '/etc/hostname'));
    // fail2ban -d prints the failregex list of a jail as one Python list literal.
    const regexes = (): string[] => {
      const r = spawnSync('fail2ban-client', ['-c', dir, '-d'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const line = r.stdout.split('\n').find((l) => l.includes("'asterisk-provya', 'addfailregex'"));
      assert.ok(line, 'fail2ban dumps the jail\'s failregex');
      const list = line.slice(line.indexOf('[', line.indexOf("'addfailregex'")));
      return [...list.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? m[2]);
    };
    const before = regexes();
    fs.writeFileSync(path.join(dir, 'filter.d', 'asterisk.local'), local);
    const after = regexes();
    assert.ok(before.length >= 5, `the stock filter has several failregexes (${before.length})`);
    assert.ok(before.some((l) => l.includes('extension not found')));
    assert.ok(!after.some((l) => l.includes('extension not found')));
    assert.deepEqual(after, before.filter((l) => !l.includes('extension not found')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
