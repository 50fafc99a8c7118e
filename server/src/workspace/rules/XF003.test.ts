import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { FIREWALL, fixedText, guide, JAIL, keepsComments, run } from '../testkit';

test('XF003 fires on the guide\'s jump to asterisk-provya: fail2ban creates f2b-asterisk (name=asterisk)', () => {
  const files = guide();
  const f = run('XF003', FIREWALL, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  const line = files[FIREWALL].split('\n')[4];
  assert.deepEqual(f[0].range.start, { line: 4, character: line.indexOf('asterisk-provya') });
  assert.match(f[0].message, /f2b-asterisk/);
  assert.equal(f[0].related?.[0].file, JAIL);
  assert.equal(f[0].related?.[0].range.start.line, 4);
  // Fix 1 renames the target, fix 2 deletes the whole command line; both touch nothing else.
  const renamed = fixedText(files, f[0], FIREWALL, 0);
  assert.equal(renamed, files[FIREWALL].replace('-j asterisk-provya', '-j f2b-asterisk'));
  const deleted = fixedText(files, f[0], FIREWALL, 1);
  assert.equal(deleted, files[FIREWALL].replace(`${line}\n`, ''));
  assert.ok(keepsComments(files[FIREWALL], deleted));
  assert.ok(f[0].fixes.every((x) => x.kind === 'review'));
  assert.equal(run('XF003', FIREWALL, { ...files, [FIREWALL]: renamed }).length, 0);
});

test('XF003 without name= the chain is f2b-<jail name>', () => {
  const files = guide();
  files[JAIL] = files[JAIL].replace('iptables-allports[name=asterisk, protocol=all]', 'iptables-allports');
  assert.equal(run('XF003', FIREWALL, files).length, 1);
  files[FIREWALL] = files[FIREWALL].replace('-j asterisk-provya', '-j f2b-asterisk-provya');
  assert.equal(run('XF003', FIREWALL, files).length, 0);
});

test('XF003 flags the pre-0.9 name fail2ban-<name> and a f2b- chain no jail creates', () => {
  const files = guide();
  files[FIREWALL] = files[FIREWALL].replace('-j asterisk-provya', '-j fail2ban-asterisk');
  const f = run('XF003', FIREWALL, files);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /before 0\.9/);
  assert.equal(fixedText(files, f[0], FIREWALL), files[FIREWALL].replace('-j fail2ban-asterisk', '-j f2b-asterisk'));
  files[FIREWALL] = files[FIREWALL].replace('-j fail2ban-asterisk', '-j f2b-sshd');
  assert.match(run('XF003', FIREWALL, files)[0].message, /no enabled jail creates/);
});

test('XF003 stays quiet on the right chain, on disabled jails and without fail2ban', () => {
  const files = guide();
  files[FIREWALL] = files[FIREWALL].replace('-j asterisk-provya', '-j f2b-asterisk');
  assert.equal(run('XF003', FIREWALL, files).length, 0);
  const disabled = guide();
  disabled[JAIL] = disabled[JAIL].replace('enabled  = true', 'enabled  = false');
  assert.equal(run('XF003', FIREWALL, disabled).length, 0);
  const alone = guide();
  delete alone[JAIL];
  assert.equal(run('XF003', FIREWALL, alone).length, 0);
});

test('XF003 reads iptables-restore files too', () => {
  const files = guide();
  const rules = '/srv/pbx/iptables/rules.v4';
  files[rules] = '*filter\n:INPUT DROP [0:0]\n:asterisk-provya - [0:0]\n-A INPUT -j asterisk-provya\nCOMMIT\n';
  const f = run('XF003', rules, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 3);
});

test('XF003 and XF001 find the parts through settings (asterisk.etcDir, fail2ban.configDir) outside the layout', () => {
  const g = guide();
  const fw = '/opt/fw/iptables.sh';
  const files: Record<string, string> = {
    [fw]: g[FIREWALL],
    '/cfg/ast/sip.conf': g['/srv/pbx/asterisk/sip.conf'],
    '/cfg/f2b/jail.d/provya.conf': g[JAIL],
  };
  const settings = { asterisk: { etcDir: '/cfg/ast' }, fail2ban: { configDir: '/cfg/f2b' } };
  assert.equal(run('XF003', fw, files, settings).length, 1);
  assert.equal(run('XF001', fw, files, settings).length, 2);
  assert.equal(run('XF003', fw, files).length, 0, 'without the settings nothing is known');
});
