import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST132 fires on an anonymous endpoint with the default identifier order', () => {
  assert.deepEqual(at(run('AST132', 'pjsip.conf', '[anonymous]\ntype=endpoint\ncontext=public\n')), ['1:2']);
});

test('AST132 is silent when anonymous is not in endpoint_identifier_order', () => {
  assert.deepEqual(run('AST132', 'pjsip.conf', '[global]\ntype=global\nendpoint_identifier_order=ip,username\n[anonymous]\ntype=endpoint\n'), []);
});
