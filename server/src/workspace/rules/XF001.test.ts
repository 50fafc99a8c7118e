import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { FIREWALL, fixedText, guide, PJSIP, run, SIP } from '../testkit';

test('XF001 on the firewall: the guide opens 5060 while sip.conf binds 5872; fix changes only the port', () => {
  const files = guide();
  const f = run('XF001', FIREWALL, files);
  assert.deepEqual(f.map((x) => x.range.start.line), [1, 5]);
  const l1 = files[FIREWALL].split('\n')[1];
  assert.deepEqual(f[0].range, { start: { line: 1, character: l1.indexOf('5060') }, end: { line: 1, character: l1.indexOf('5060') + 4 } });
  assert.match(f[0].message, /5872/);
  assert.equal(f[0].related?.[0].file, SIP);
  assert.equal(f[0].related?.[0].range.start.line, 4);
  assert.equal(f[0].fixes[0].kind, 'review');
  const after = fixedText(files, f[0], FIREWALL);
  assert.equal(after, files[FIREWALL].replace('--dport 5060 -m comment --comment "Opérateur', '--dport 5872 -m comment --comment "Opérateur'));
});

test('XF001 on sip.conf: the bound port has no accept rule in a firewall that drops the rest', () => {
  const files = guide();
  const f = run('XF001', SIP, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 4);
  assert.deepEqual(f[0].related?.map((r) => r.range.start.line), [1, 5]);
});

test('XF001 quiet when ports agree, for non-SIP rules, and when the firewall does not drop', () => {
  const files = guide();
  files[FIREWALL] = files[FIREWALL].replaceAll('--dport 5060', '--dport 5872');
  assert.equal(run('XF001', FIREWALL, files).length, 0);
  assert.equal(run('XF001', SIP, files).length, 0);
  // Default port both sides.
  const std = guide();
  std[SIP] = std[SIP].replace('bindport=5872\n', '');
  assert.equal(run('XF001', FIREWALL, std).length, 0);
  assert.equal(run('XF001', SIP, std).length, 0);
  // No final DROP: every port is reachable, nothing to report on the Asterisk side.
  const open = guide();
  open[FIREWALL] = open[FIREWALL].replace('iptables -A INPUT -j DROP\n', '');
  assert.equal(run('XF001', SIP, open).length, 0);
});

test('XF001 reads pjsip transports (TLS default 5061) and a comment that says SIP', () => {
  const files = guide();
  delete files[SIP];
  files[PJSIP] = '[tls]\ntype=transport\nprotocol=tls\nbind=0.0.0.0\n';
  files[FIREWALL] = '#!/bin/sh\niptables -A INPUT -p tcp --dport 5062 -m comment --comment "SIP TLS" -j ACCEPT\niptables -A INPUT -j DROP\n';
  const f = run('XF001', FIREWALL, files);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /TLS 5061/);
  assert.equal(fixedText(files, f[0], FIREWALL), files[FIREWALL].replace('5062', '5061'));
  assert.equal(run('XF001', PJSIP, files).length, 1);
});

test('XF001 ignores sip.conf when modules.conf does not load chan_sip', () => {
  const files = guide();
  files['/srv/pbx/asterisk/modules.conf'] = '[modules]\nautoload=yes\nnoload => chan_sip.so\n';
  assert.equal(run('XF001', FIREWALL, files).length, 0);
  files['/srv/pbx/asterisk/modules.conf'] = '[modules]\nautoload=no\nload => chan_sip.so\n';
  assert.equal(run('XF001', FIREWALL, files).length, 2);
});
