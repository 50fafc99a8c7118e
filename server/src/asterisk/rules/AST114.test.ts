import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST114 fires when guests are allowed and land in default', () => {
  const text = '[general]\ncontext=default\n';
  const f = run('AST114', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(f[0], text), '[general]\ncontext=public\n');
  assert.deepEqual(at(run('AST114', 'sip.conf', '[general]\nallowguest=yes\n')), ['1:2']);
});

test('AST114 is silent with allowguest=no or a dedicated context', () => {
  assert.deepEqual(run('AST114', 'sip.conf', '[general]\nallowguest=no\n'), []);
  assert.deepEqual(run('AST114', 'sip.conf', '[general]\ncontext=public\n'), []);
});
