import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST005 fires on an unclosed ;-- and offers to close it on its line', () => {
  const text = '[general]\n;-- disabled for now\nallowguest=no\n';
  const f = run('AST005', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(applyFix(f[0], text), '[general]\n;-- disabled for now --;\nallowguest=no\n');
});

test('AST005 fires on a stray --; (the quirk that hides the next lines)', () => {
  assert.deepEqual(at(run('AST005', 'sip.conf', '[general]\nsecret=abc--;old\nallowguest=no\n')), ['2:11']);
});

test('AST005 is silent on closed block comments and ;---- rulers', () => {
  assert.deepEqual(run('AST005', 'sip.conf', '[general]\n;-- a\nb --;\n;---------\n'), []);
});
