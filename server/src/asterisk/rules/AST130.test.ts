import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST130 fires on an endpoint without auth and adds an auth section with a generated password', () => {
  const text = '[7000]\ntype=endpoint\ncontext=internal\n';
  const f = run('AST130', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['1:2']);
  assert.match(applyFix(f[0], text), /^\[7000\]\nauth=7000-auth\ntype=endpoint\ncontext=internal\n\n\[7000-auth\]\ntype=auth\nauth_type=digest\nusername=7000\npassword=[^\s;#,"'\\=@:[\]]{24}\n$/);
});

test('AST130 fires when an empty auth= clears an inherited one, and offers identify_by=ip when an identify exists', () => {
  const text = '[tpl](!)\nauth=a\n[trunk](tpl)\ntype=endpoint\nauth=\n[id]\ntype=identify\nendpoint=trunk\nmatch=198.51.100.1\n';
  const f = run('AST130', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['3:2']);
  assert.equal(f[0].fixes.length, 2);
  assert.equal(applyFix(f[0], text, 1), '[tpl](!)\nauth=a\n[trunk](tpl)\nidentify_by=ip\ntype=endpoint\nauth=\n[id]\ntype=identify\nendpoint=trunk\nmatch=198.51.100.1\n');
});

test('AST130 is silent with auth, or for an IP-identified trunk', () => {
  assert.deepEqual(run('AST130', 'pjsip.conf', '[7000]\ntype=endpoint\nauth=7000\n[t]\ntype=endpoint\nidentify_by=ip\n[i]\ntype=identify\nendpoint=t\nmatch=198.51.100.1\n'), []);
});
