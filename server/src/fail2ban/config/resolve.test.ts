import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../engine/fs';
import { resolveFilter } from './filter';
import { resolveJails } from './jail';
import { expandIncludes, mainFiles } from './files';
import { extractOptions, splitWithOptions } from './options';
import { fileKind, filterEnvFor } from './env';
import { resolveSettings } from '../../engine/settings';

const B = '/f2b';

function env(files: Record<string, string>, bases = [B]) {
  return { dirs: { fs: new MemoryFileSystem(files), bases }, version: '1.1' as const };
}

test('file order: X.conf, X.d/*.conf, X.local, X.d/*.local with includes before/after and .local companions', () => {
  const files = {
    [`${B}/filter.d/common.conf`]: '[INCLUDES]\nafter = common.local\n[DEFAULT]\n',
    [`${B}/filter.d/common.local`]: '[DEFAULT]\n',
    [`${B}/filter.d/x.conf`]: '[INCLUDES]\nbefore = common.conf\n[Definition]\n',
    [`${B}/filter.d/x.d/20-b.local`]: '[Definition]\n',
    [`${B}/filter.d/x.d/10-a.conf`]: '[Definition]\n',
    [`${B}/filter.d/x.local`]: '[Definition]\n',
  };
  const e = env(files);
  const order = expandIncludes(e.dirs, mainFiles(e.dirs, 'filter.d/x')).map((f) => f.slice(B.length + 10));
  assert.deepEqual(order, ['common.conf', 'common.local', 'common.local', 'x.conf', 'x.d/10-a.conf', 'x.local', 'x.d/20-b.local']);
});

test('precedence: jail-given option > [Init] > [Definition]; given options act as %()s vars and <tags>; known/ extends', () => {
  const files = {
    [`${B}/filter.d/t.conf`]: '[Init]\nword = init\n[Definition]\nword = def\nmode = normal\nm-normal = N\nm-extra = X\nfailregex = ^<word> <m-<mode>> %(mode)s <HOST>\n',
    [`${B}/filter.d/t.local`]: '[Definition]\nfailregex = %(known/failregex)s\n            ^local <HOST>\n',
  };
  const a = resolveFilter('t', {}, env(files))!;
  assert.deepEqual(a.failregex.map((r) => r.text), ['^init N normal <HOST>', '^local <HOST>']);
  const b = resolveFilter('t', { word: 'jail', mode: 'extra' }, env(files))!;
  assert.deepEqual(b.failregex.map((r) => r.text), ['^jail X extra <HOST>', '^local <HOST>']);
  // The source map of regex 2 points into t.local, line 2, column 12.
  assert.deepEqual(a.failregex[1].origin, { file: `${B}/filter.d/t.local`, line: 2, character: 12 });
  // <m-<mode>> resolved inside-out: 'N' comes from t.conf line 5.
  const col = a.failregex[0].text.indexOf('N');
  assert.deepEqual(a.failregex[0].map.locAt(col), { file: `${B}/filter.d/t.conf`, line: 5, character: 11 });
});

test('logtype follows the backend; sec/opt and conditional sections', () => {
  const files = {
    [`${B}/filter.d/c.conf`]: '[DEFAULT]\np = <lt_<logtype>/p>\n[lt_file]\np = FILE\n[lt_journal]\np = JOURNAL\n[Definition]\nfailregex = ^<p> <HOST>\ndatepattern = %(lt_file/p)s %%Y\n',
  };
  assert.equal(resolveFilter('c', {}, env(files))!.failregex[0].text, '^FILE <HOST>');
  const j = resolveFilter('c', {}, { ...env(files), backend: 'systemd' })!;
  assert.equal(j.failregex[0].text, '^JOURNAL <HOST>');
  assert.equal(j.datepattern?.text, 'FILE %Y');
});

test('layered bases: a workspace .local extends the installed filter', () => {
  const files = {
    '/etc/f2b/filter.d/asterisk.conf': '[Definition]\nfailregex = ^stock <HOST>\n',
    '/ws/fail2ban/filter.d/asterisk.local': '[Definition]\nfailregex = %(known/failregex)s\n  ^mine <HOST>\n',
  };
  const f = resolveFilter('asterisk', {}, env(files, ['/ws/fail2ban', '/etc/f2b']))!;
  assert.deepEqual(f.failregex.map((r) => r.text), ['^stock <HOST>', '^mine <HOST>']);
});

test('jails: merge order, DEFAULT, %(__name__)s, known/, the line that set each value', () => {
  const files = {
    [`${B}/jail.conf`]: '[DEFAULT]\nbantime = 10m\nenabled = false\nfilter = %(__name__)s[mode=%(mode)s]\nmode = normal\n[asterisk]\nport = 5060\n',
    [`${B}/jail.d/a.conf`]: '[asterisk]\nenabled = true\nport = %(known/port)s,5061\n',
    [`${B}/jail.local`]: '[DEFAULT]\nbantime = 1h\n',
  };
  const js = resolveJails(env(files));
  const a = js.jails.find((j) => j.name === 'asterisk')!;
  assert.equal(a.enabled, true);
  assert.equal(a.get('port')!.value, '5060,5061');
  assert.equal(a.get('bantime')!.value, '1h');
  assert.equal(a.get('bantime')!.setBy!.file, `${B}/jail.local`);
  assert.equal(a.get('bantime')!.fromDefault, true);
  assert.deepEqual(a.filterSpec(), { name: 'asterisk', options: { mode: 'normal' } });
});

test('extractOptions / splitWithOptions follow helpers.py', () => {
  assert.deepEqual(extractOptions('iptables[name=a, port="5060,5061"][protocol=all]'), { name: 'iptables', options: { name: 'a', port: '5060,5061', protocol: 'all' } });
  assert.deepEqual(splitWithOptions('a[x=1]\n b[y="2, 3"] c').map((p) => p.text.trim()), ['a[x=1]', 'b[y="2, 3"]', 'c']);
  assert.match(extractOptions('a[=1]').error ?? '', /expected option/);
});

test('interpolation errors are collected, not thrown', () => {
  const files = { [`${B}/filter.d/e.conf`]: '[Definition]\nfailregex = ^%(nope)s <HOST> 50%\n' };
  const f = resolveFilter('e', {}, env(files))!;
  assert.deepEqual(f.interpolationErrors.map((e) => e.kind), ['missing', 'syntax']);
  assert.deepEqual(f.interpolationErrors[0].at, { file: `${B}/filter.d/e.conf`, line: 1, character: 13 });
});

test('environment: the document\'s fail2ban dir over settings.fail2ban.configDir; version picks the stock defaults', () => {
  const fs = new MemoryFileSystem({ '/srv/f2b/filter.d/asterisk.conf': '[Definition]\nfailregex = ^<HOST>\n', '/ws/fail2ban/jail.d/provya.conf': '[asterisk]\nenabled = true\n' });
  const settings = resolveSettings({ fail2ban: { configDir: '/srv/f2b', version: '1.0' } });
  const ctx = { settings, fs, models: { get: () => undefined } };
  const e = filterEnvFor('/ws/fail2ban/jail.d/provya.conf', ctx);
  assert.deepEqual(e.dirs.bases, ['/ws/fail2ban', '/srv/f2b']);
  assert.equal(e.version, '1.0');
  assert.equal(fileKind('/ws/fail2ban/filter.d/asterisk.conf'), 'filter');
  assert.equal(fileKind('/ws/fail2ban/fail2ban.local'), 'daemon');
  assert.equal(fileKind('/ws/fail2ban/jail.d/provya.conf'), 'jail');
  // No jail.conf anywhere: fail2ban's stock [DEFAULT] of the chosen version is assumed.
  const v10 = resolveJails(e).jails.find((j) => j.name === 'asterisk')!;
  assert.equal(v10.actions()[0].name, 'iptables-multiport');
  assert.equal(v10.get('bantime')!.value, '10m');
  assert.equal(v10.get('bantime')!.setBy, undefined);
  const v11 = resolveJails({ ...e, version: '1.1' }).jails.find((j) => j.name === 'asterisk')!;
  assert.equal(v11.actions()[0].name, 'nftables');
  assert.equal(v11.filter()!.file, '/srv/f2b/filter.d/asterisk.conf');
});
