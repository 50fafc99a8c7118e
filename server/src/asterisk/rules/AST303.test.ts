import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST303 fires on dangerous write classes', () => {
  const f = run('AST303', 'manager.conf', '[general]\n[admin]\nwrite=call,system,originate\n');
  assert.deepEqual(at(f), ['3:1']);
  assert.match(f[0].message, /system, originate/);
});

test('AST303 is silent on harmless classes', () => {
  assert.deepEqual(run('AST303', 'manager.conf', '[general]\n[cti]\nread=call\nwrite=call,reporting\n'), []);
});
