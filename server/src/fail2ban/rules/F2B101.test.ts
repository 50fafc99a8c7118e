import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, fixed, keepsComments, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.d/provya.conf`;

test('F2B101 info: enabled jail with empty ignoreip (the guide\'s jail), review fix inserts ignoreip', () => {
  const text = '[asterisk]\n# the guide\'s jail\nenabled = true\nport = 5060,5061\nlogpath = /var/log/asterisk/messages\nmaxretry = 3\n';
  const f = run('F2B101', FILE, text, STOCK);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.deepEqual(f[0].range.start, { line: 0, character: 1 });
  assert.equal(f[0].fixes[0].kind, 'review');
  const after = fixed(FILE, text, f[0]);
  assert.equal(after, text.replace('maxretry = 3\n', 'maxretry = 3\nignoreip = 127.0.0.1/8 ::1 <your address>\n'));
  assert.ok(keepsComments(text, after));
});

test('F2B101 warning: ignoreself = false without loopback; safe fix appends loopback', () => {
  const text = '[asterisk]\nenabled = true\nlogpath = /var/log/asterisk/messages\nignoreself = false\nignoreip = 203.0.113.4 ; office\n';
  const f = run('F2B101', FILE, text, STOCK);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].range.start.line, 4);
  assert.equal(f[0].fixes[0].kind, 'safe');
  const after = fixed(FILE, text, f[0]);
  assert.equal(after, text.replace('203.0.113.4 ;', '203.0.113.4 127.0.0.1/8 ::1 ;'));
  assert.equal(run('F2B101', FILE, after, STOCK).length, 0);
});

test('F2B101 safe fix on a multi-line ignoreip appends to its last line and keeps the comment lines', () => {
  const text = '[asterisk]\nenabled = true\nlogpath = /x\nignoreself = false\nignoreip = 203.0.113.4\n    # office VPN\n           198.51.100.0/24\n';
  const f = run('F2B101', FILE, text, STOCK);
  const after = fixed(FILE, text, f[0]);
  assert.equal(after, text.replace('198.51.100.0/24', '198.51.100.0/24 127.0.0.1/8 ::1'));
  assert.ok(keepsComments(text, after));
  assert.equal(run('F2B101', FILE, after, STOCK).length, 0);
});

test('F2B101 uses the merged value: ignoreip in jail.local [DEFAULT] covers jail.d jails', () => {
  const text = '[asterisk]\nenabled = true\nlogpath = /var/log/asterisk/messages\n';
  const files = { ...STOCK, [`${BASE}/jail.local`]: '[DEFAULT]\nignoreip = 127.0.0.1/8 ::1 198.51.100.7\n' };
  // jail.d/*.conf is read before jail.local, and the DEFAULT value applies to every jail.
  assert.equal(run('F2B101', FILE, text, files).length, 0);
});

test('F2B101 is silent for disabled jails and for loopback present with ignoreself = false', () => {
  assert.equal(run('F2B101', FILE, '[asterisk]\nenabled = false\n', STOCK).length, 0);
  const text = '[asterisk]\nenabled = true\nlogpath = /x\nignoreself = false\nignoreip = 127.0.0.1 ::1 192.0.2.1\n';
  assert.equal(run('F2B101', FILE, text, STOCK).length, 0);
});

test('F2B101 reports a jail once, in the file that declares it last', () => {
  const local = `${BASE}/jail.local`;
  const conf = `${BASE}/jail.conf`;
  const files = { ...STOCK, [conf]: '[DEFAULT]\nenabled = false\n[asterisk]\nport = 5060\nlogpath = /x\n', [local]: '[asterisk]\nenabled = true\n' };
  assert.equal(run('F2B101', conf, files[conf], files).length, 0);
  assert.equal(run('F2B101', local, files[local], files).length, 1);
});
