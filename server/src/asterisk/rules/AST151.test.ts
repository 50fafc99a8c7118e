import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST151 fires on plaintext auth and replaces it with md5', () => {
  const text = '[general]\nauth=plaintext,md5 ; old\n';
  const f = run('AST151', 'iax.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(f[0], text), '[general]\nauth=md5 ; old\n');
});

test('AST151 is silent on md5 and rsa', () => {
  assert.deepEqual(run('AST151', 'iax.conf', '[general]\nauth=md5,rsa\n'), []);
});
