import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, fixed, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.local`;

test('F2B008 fires on a misspelt jail option and renames it', () => {
  const text = '[asterisk]\nenabled = true\nlogpath = /x\nmaxrety = 3\n';
  const f = run('F2B008', FILE, text, STOCK);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /maxretry/);
  assert.equal(fixed(FILE, text, f[0]), text.replace('maxrety', 'maxretry'));
});

test('F2B008 is silent for known options and user variables used elsewhere', () => {
  const text = '[DEFAULT]\nbanactin = iptables\naction = %(banactin)s\n[asterisk]\nenabled = true\nbantime.increment = true\nlogpath = /x\nmy_ports = 5060\n';
  assert.equal(run('F2B008', FILE, text, STOCK).length, 0);
});
