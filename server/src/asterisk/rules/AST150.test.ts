import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST150 fires on an IAX user without credentials', () => {
  const text = '[guest]\ntype=user\ncontext=public\n';
  const f = run('AST150', 'iax.conf', text);
  assert.deepEqual(at(f), ['1:2']);
  assert.match(applyFix(f[0], text), /^\[guest\]\nsecret=[^\s;#,"'\\=@:[\]]{24}\ntype=user\n/);
});

test('AST150 is silent with secret, dbsecret or inkeys, and for peers', () => {
  assert.deepEqual(run('AST150', 'iax.conf', '[a]\ntype=user\nsecret=x\n[b]\ntype=friend\ninkeys=k\n[c]\ntype=peer\n'), []);
});
