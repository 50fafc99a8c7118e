import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST134 fires on a section without type and guesses it from its options', () => {
  const text = '[acl]\ndeny=0.0.0.0/0.0.0.0\npermit=192.0.2.0/24\n';
  const f = run('AST134', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['1:2']);
  assert.equal(applyFix(f[0], text), '[acl]\ntype=acl\ndeny=0.0.0.0/0.0.0.0\npermit=192.0.2.0/24\n');
  assert.match(run('AST134', 'pjsip.conf', '[7000-auth]\nusername=7000\n')[0].fixes[0].title, /type=auth/);
});

test('AST134 is silent when the type comes from a template, and on templates', () => {
  assert.deepEqual(run('AST134', 'pjsip.conf', '[ep](!)\ntype=endpoint\n[7000](ep)\ncontext=x\n'), []);
});
