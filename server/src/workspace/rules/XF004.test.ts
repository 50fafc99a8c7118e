import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { fixedText, guide, JAIL, LOGGER, run } from '../testkit';

const ASTERISK_CONF = '/srv/pbx/asterisk/asterisk.conf';

test('XF004 quiet on the guide: logpath /var/log/asterisk/fail2ban is what fail2ban => notice,security writes', () => {
  const files = guide();
  assert.equal(run('XF004', JAIL, files).length, 0);
  assert.equal(run('XF004', LOGGER, files).length, 0);
});

test('XF004 on the jail: logpath names a file logger.conf does not write; fix points it at the written one', () => {
  const files = guide();
  files[JAIL] = files[JAIL].replace('/var/log/asterisk/fail2ban', '/var/log/asterisk/messages.log');
  const f = run('XF004', JAIL, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 5);
  assert.deepEqual(f[0].related?.map((r) => [r.file, r.range.start.line]), [[LOGGER, 5], [LOGGER, 6]]);
  assert.equal(fixedText(files, f[0], JAIL), guide()[JAIL]);
});

test('XF004 honours asterisk.conf astlogdir and logpath globs', () => {
  const files = guide();
  files[ASTERISK_CONF] = '[directories]\nastlogdir => /data/log/asterisk\n';
  assert.equal(run('XF004', JAIL, files).length, 1);
  files[JAIL] = files[JAIL].replace('/var/log/asterisk/fail2ban', '/data/log/asterisk/fail*');
  assert.equal(run('XF004', JAIL, files).length, 0);
});

test('XF004 on logger.conf: the channel the jail reads lacks security; fix appends it', () => {
  const files = guide();
  files[LOGGER] = files[LOGGER].replace('fail2ban => notice,security', 'fail2ban => notice');
  const f = run('XF004', LOGGER, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 6);
  assert.match(f[0].message, /security/);
  assert.equal(f[0].related?.[0].file, JAIL);
  assert.equal(fixedText(files, f[0], LOGGER), guide()[LOGGER]);
  assert.equal(run('XF004', JAIL, files).length, 0);
});

test('XF004 quiet for non-Asterisk jails and without logger.conf', () => {
  const files = guide();
  files[JAIL] = files[JAIL].replace('filter   = asterisk', 'filter   = sshd').replace('/var/log/asterisk/fail2ban', '/var/log/auth.log');
  assert.equal(run('XF004', JAIL, files).length, 0);
  const nolog = guide();
  delete nolog[LOGGER];
  nolog[JAIL] = nolog[JAIL].replace('/var/log/asterisk/fail2ban', '/var/log/asterisk/full');
  assert.equal(run('XF004', JAIL, nolog).length, 0);
});
