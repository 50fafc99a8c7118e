import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST118 fires on sip.conf when the target version is 21 or later', () => {
  assert.deepEqual(at(run('AST118', 'sip.conf', '[general]\n', { settings: { asterisk: { targetVersion: 22 } } })), ['1:2']);
});

test('AST118 is silent on version 20 (the default) and for other files', () => {
  assert.deepEqual(run('AST118', 'sip.conf', '[general]\n'), []);
  assert.deepEqual(run('AST118', 'pjsip.conf', '[t]\ntype=transport\n', { settings: { asterisk: { targetVersion: 22 } } }), []);
});
