import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST137 fires when one auth section is used both ways', () => {
  assert.deepEqual(at(run('AST137', 'pjsip.conf', '[t]\ntype=endpoint\nauth=t-auth\noutbound_auth=t-auth\n')), ['4:1']);
});

test('AST137 is silent with separate auth sections', () => {
  assert.deepEqual(run('AST137', 'pjsip.conf', '[t]\ntype=endpoint\nauth=t-in\noutbound_auth=t-out\n'), []);
});
