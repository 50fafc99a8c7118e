import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH } from './ruleTesting';

test('IPT101 fires on a jump to a chain never created, and the fix creates it before the first use', () => {
  const text = '#!/bin/sh\n# fail2ban hook\niptables -A INPUT -m comment --comment "filtrage fail2ban" -j asterisk-provya\n';
  const f = run('IPT101', text, SH);
  assert.deepEqual(at(f), ['3:63']);
  assert.equal(f[0].fixes[0].kind, 'review');
  const fixed = applyFix(text, f[0], 0, SH);
  assert.equal(fixed, '#!/bin/sh\n# fail2ban hook\niptables -N asterisk-provya\niptables -A INPUT -m comment --comment "filtrage fail2ban" -j asterisk-provya\n');
  assert.deepEqual(run('IPT101', fixed, SH), []);
});

test('IPT101 in a restore file adds a :CHAIN line; a case typo of a verdict is fixed to the verdict', () => {
  const text = restore(':INPUT DROP [0:0]\n-A INPUT -j f2b-sshd');
  const fixed = applyFix(text, run('IPT101', text)[0]);
  assert.equal(fixed, restore(':INPUT DROP [0:0]\n:f2b-sshd - [0:0]\n-A INPUT -j f2b-sshd'));
  const typo = restore('-A INPUT -j accept');
  const f = run('IPT101', typo);
  assert.match(f[0].message, /case-sensitive/);
  assert.equal(applyFix(typo, f[0]), restore('-A INPUT -j ACCEPT'));
});

test('IPT101 stays quiet on verdicts, extensions and created chains (-N or :CHAIN), and on $VAR targets', () => {
  assert.deepEqual(run('IPT101', restore(':f2b-x - [0:0]\n-A INPUT -j f2b-x\n-A INPUT -j LOG\n-A INPUT -j NFLOG\n-A INPUT -j DROP')), []);
  assert.deepEqual(run('IPT101', 'iptables -N web\niptables -A INPUT -j web\niptables -A INPUT -j "$CHAIN"\n', SH), []);
});
