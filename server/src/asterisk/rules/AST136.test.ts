import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST136 fires on a wizard accepting registrations without accepts_auth', () => {
  const text = '[phone1]\ntype=wizard\naccepts_registrations=yes\n';
  const f = run('AST136', 'pjsip_wizard.conf', text);
  assert.deepEqual(at(f), ['1:2']);
  assert.match(applyFix(f[0], text), /^\[phone1\]\naccepts_auth=yes\ninbound_auth\/username=phone1\ninbound_auth\/password=[^\s;#,"'\\=@:[\]]{24}\ntype=wizard\n/);
});

test('AST136 is silent with accepts_auth, or for a trunk with remote hosts and no registrations', () => {
  assert.deepEqual(run('AST136', 'pjsip_wizard.conf', '[a]\ntype=wizard\naccepts_registrations=yes\naccepts_auth=yes\n[b]\ntype=wizard\nremote_hosts=198.51.100.1\n'), []);
});
