/**
 * test-filter's text report against fail2ban-regex's, byte for byte (the timing line aside), on
 * fail2ban's own sample logs for filters that exercise the report's corners: date template order
 * after re-ordering, multi-line filters (missed lines moved to matched), datepattern naming,
 * missed-line listing, maxlines, nofail/ignored lines.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { testFilterCommand } from '../../server/src/cli/testFilter';

const LOGS = '/usr/lib/python3/dist-packages/fail2ban/tests/files/logs';
const FILTERS = ['asterisk', 'apache-auth', 'dovecot', 'mysqld-auth', 'domino-smtp', 'slapd', 'openhab', 'ejabberd-auth', 'mongodb-auth', 'selinux-ssh', 'nginx-botsearch', 'sendmail-reject'];

const withoutTiming = (s: string) => s.replace(/^\[processed in .*\]$/m, '');

test('text report identical to fail2ban-regex on sample logs', async (t) => {
  if (spawnSync('fail2ban-regex', ['--version']).status !== 0) return t.skip('fail2ban-regex absent');
  if (!existsSync(LOGS)) return t.skip(`${LOGS} absent`);
  for (const f of FILTERS) {
    const log = path.join(LOGS, f);
    if (!existsSync(log) || !existsSync(`/etc/fail2ban/filter.d/${f}.conf`)) continue;
    const theirs = spawnSync('fail2ban-regex', [log, f], { encoding: 'utf8', cwd: LOGS });
    let ours = '';
    await testFilterCommand.run([f, log], { stdout: (x) => (ours += x), stderr: () => undefined, cwd: LOGS, env: {} });
    assert.equal(withoutTiming(ours), withoutTiming(theirs.stdout), f);
  }
});
