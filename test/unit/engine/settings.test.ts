import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, resolveSettings } from '../../../server/src/engine/settings';

test('no input gives the defaults, as a copy', () => {
  const s = resolveSettings(undefined);
  assert.deepEqual(s, DEFAULT_SETTINGS);
  s.rules.AST101 = 'off';
  assert.deepEqual(DEFAULT_SETTINGS.rules, {});
});

test('nested VS Code-shaped settings are read', () => {
  const s = resolveSettings({
    enable: false,
    rules: { AST101: 'warning', 'sip-standard-port': 'off' },
    asterisk: { etcDir: '/etc/asterisk', targetVersion: 21 },
    fail2ban: { configDir: '/srv/f2b', version: '1.0', regexPath: '/usr/bin/fail2ban-regex' },
    iptables: { shellScriptGlob: '**/*.fw.sh' },
    trace: { server: 'verbose' },
  });
  assert.equal(s.enable, false);
  assert.deepEqual(s.rules, { AST101: 'warning', 'sip-standard-port': 'off' });
  assert.equal(s.asterisk.etcDir, '/etc/asterisk');
  assert.equal(s.asterisk.targetVersion, 21);
  assert.equal(s.fail2ban.version, '1.0');
  assert.equal(s.fail2ban.regexPath, '/usr/bin/fail2ban-regex');
  assert.equal(s.iptables.shellScriptGlob, '**/*.fw.sh');
});

test('ill-typed values are reported and replaced by the default', () => {
  const problems: string[] = [];
  const s = resolveSettings({ enable: 'yes', rules: { AST101: 'loud' }, asterisk: { targetVersion: 'twenty' }, fail2ban: { version: '2.0' } }, problems);
  assert.equal(s.enable, true);
  assert.deepEqual(s.rules, {});
  assert.equal(s.asterisk.targetVersion, 20);
  assert.equal(s.fail2ban.version, '1.1');
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(problems.join('\n'), /rules\.AST101 must be one of off, hint, info, warning, error/);
});

test('a non-object is a problem, not a crash', () => {
  const problems: string[] = [];
  assert.deepEqual(resolveSettings(42, problems), DEFAULT_SETTINGS);
  assert.equal(problems.length, 1);
});
