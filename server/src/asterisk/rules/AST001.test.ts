import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST001 fires on lines Asterisk cannot classify', () => {
  assert.deepEqual(at(run('AST001', 'sip.conf', '[general]\nnoequals\n=value\n[broken\n#bogus x\n')), ['2:1', '3:1', '4:1', '5:1']);
});

test('AST001 is silent on comments, block comments, => and escaped keys', () => {
  assert.deepEqual(run('AST001', 'extensions.conf', '; c\n[ctx]\n;-- not\nparsed --;\nexten => 1,1,NoOp()\n\\#k=1\n'), []);
});
