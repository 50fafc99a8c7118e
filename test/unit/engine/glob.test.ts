import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesGlob } from '../../../server/src/engine/glob';

test('the default firewall-script glob picks firewall and iptables scripts only', () => {
  const g = '**/*{iptables,firewall}*.sh';
  assert.ok(matchesGlob('/etc/network/iptables.sh', g));
  assert.ok(matchesGlob('/home/me/bin/my-firewall-v2.sh', g));
  assert.ok(matchesGlob('firewall.sh', g));
  assert.ok(!matchesGlob('/home/me/deploy.sh', g));
  assert.ok(!matchesGlob('/home/me/iptables.conf', g));
});

test('** spans directories, * does not, ? is one character, [..] is a class', () => {
  assert.ok(matchesGlob('/etc/asterisk/sip.conf', '**/asterisk/**/*.conf'));
  assert.ok(matchesGlob('/etc/asterisk/conf.d/peers/a.conf', '**/asterisk/**/*.conf'));
  assert.ok(!matchesGlob('/etc/asterisk.conf', '**/asterisk/**/*.conf'));
  assert.ok(matchesGlob('/x/jail.d/a.local', '**/jail.d/*.local'));
  assert.ok(!matchesGlob('/x/jail.d/sub/a.local', '**/jail.d/*.local'));
  assert.ok(matchesGlob('/x/rules.v4', '**/rules.v?'));
  assert.ok(matchesGlob('/x/rules.v6', '**/rules.v[46]'));
  assert.ok(!matchesGlob('/x/rules.v5', '**/rules.v[46]'));
});

test('a pattern without a slash matches the base name; regex characters are literal', () => {
  assert.ok(matchesGlob('/etc/asterisk/pjsip_wizard.conf', 'pjsip*.conf'));
  assert.ok(!matchesGlob('/etc/asterisk/pjsipXconf', 'pjsip*.conf'));
  assert.ok(matchesGlob('C:\\etc\\fail2ban\\jail.local', '**/fail2ban/**/*.local'));
  assert.ok(!matchesGlob('/a/b+c.sh', 'b.c.sh'));
});
