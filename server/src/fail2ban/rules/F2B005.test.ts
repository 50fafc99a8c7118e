import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, fixed, run, STOCK } from './testkit';

const FILTER = `${BASE}/filter.d/mine.conf`;

test('F2B005 fires on a lone % and the safe fix doubles it', () => {
  const text = '[Definition]\nfailregex = ^<HOST>\ndatepattern = ^%Y-%%m-%%d\n';
  const f = run('F2B005', FILTER, text);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range.start, { line: 2, character: 15 });
  const after = fixed(FILTER, text, f[0]);
  assert.equal(after, '[Definition]\nfailregex = ^<HOST>\ndatepattern = ^%%Y-%%m-%%d\n');
  assert.equal(run('F2B005', FILTER, after).length, 0);
});

test('F2B005 fires on %(name)s naming nothing, in a filter and in a jail', () => {
  const f = run('F2B005', FILTER, '[Definition]\nfailregex = ^%(__prefix)s<HOST>\n');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range.start, { line: 1, character: 13 });
  const jail = `${BASE}/jail.local`;
  const j = run('F2B005', jail, '[asterisk]\nenabled = true\nlogpath = %(asterisk_logs)s\n', STOCK);
  assert.equal(j.length, 1);
  assert.equal(j[0].range.start.line, 2);
});

test('F2B005 reports a [DEFAULT] reference that enabled jails cannot resolve, once', () => {
  const jail = `${BASE}/jail.local`;
  const text = '[DEFAULT]\nlogpath = %(logdir)s/x\n[asterisk]\nenabled = true\n[sshd]\nenabled = true\n[other]\nlogdir = /var/log\n';
  const f = run('F2B005', jail, text, STOCK);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0].range.start, { line: 1, character: 10 });
});

test('F2B005 is silent for reachable references, sec/opt, known/ and __name__', () => {
  const text = '[INCLUDES]\nbefore = common.conf\n[Definition]\n_daemon = x\nfailregex = ^%(_daemon)s %(lt_file/p)s %(__name__)s <HOST>\n';
  const files = { [`${BASE}/filter.d/common.conf`]: '[DEFAULT]\nz = 1\n[lt_file]\np = q\n' };
  assert.equal(run('F2B005', FILTER, text, files).length, 0);
  const jail = `${BASE}/jail.local`;
  assert.equal(run('F2B005', jail, '[DEFAULT]\nlogs = /var/log\n[asterisk]\nenabled = true\nlogpath = %(logs)s/asterisk\n', STOCK).length, 0);
});
