import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { FIREWALL, fixedText, guide, JAIL, keepsComments, run } from '../testkit';

test('XF006 fires on the guide: operator 51.5.6.0/24 and office 188.10.11.12 are missing from ignoreip', () => {
  const files = guide();
  const f = run('XF006', JAIL, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(f[0].range.start.line, 2);
  assert.deepEqual(f[0].related?.map((r) => [r.file, r.range.start.line]), [[FIREWALL, 1], [FIREWALL, 3]]);
  assert.equal(f[0].fixes[0].kind, 'safe');
  const after = fixedText(files, f[0], JAIL);
  // The office host typed with /24 is added as the host the guide meant.
  assert.equal(after, files[JAIL].replace('ignoreip = 127.0.0.1 1.2.3.4', 'ignoreip = 127.0.0.1 1.2.3.4 51.5.6.0/24 188.10.11.12'));
  assert.equal(run('XF006', JAIL, { ...files, [JAIL]: after }).length, 0);
});

test('XF006 counts covering CIDRs and inserts ignoreip when the jail inherits it', () => {
  const files = guide();
  files[JAIL] = files[JAIL].replace('ignoreip = 127.0.0.1 1.2.3.4', 'ignoreip = 127.0.0.1/8 51.5.0.0/16 188.10.11.12');
  assert.equal(run('XF006', JAIL, files).length, 0);
  const inherit = guide();
  inherit[JAIL] = '[DEFAULT]\n# office\nignoreip = 127.0.0.1/8\n\n' + inherit[JAIL].replace('ignoreip = 127.0.0.1 1.2.3.4\n', '');
  const f = run('XF006', JAIL, inherit);
  assert.equal(f.length, 1);
  const after = fixedText(inherit, f[0], JAIL);
  assert.ok(after.includes('maxretry = 3\nignoreip = 127.0.0.1/8 51.5.6.0/24 188.10.11.12'));
  assert.ok(keepsComments(inherit[JAIL], after));
  assert.equal(run('XF006', JAIL, { ...inherit, [JAIL]: after }).length, 0);
});

test('XF006 quiet without source-restricted accept rules or without a firewall', () => {
  const files = guide();
  files[FIREWALL] = '#!/bin/sh\niptables -A INPUT -p udp --dport 5872 -j ACCEPT\niptables -A INPUT ! -s 10.0.0.0/8 -j ACCEPT\niptables -A INPUT -s 10.1.0.0/16 -j DROP\n';
  assert.equal(run('XF006', JAIL, files).length, 0);
  const none = guide();
  delete none[FIREWALL];
  assert.equal(run('XF006', JAIL, none).length, 0);
});
