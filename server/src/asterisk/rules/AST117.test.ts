import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST117 fires on trustrpid=yes for a dynamic device', () => {
  const text = '[1000]\ntype=friend\nhost=dynamic\ntrustrpid=yes\n';
  const f = run('AST117', 'sip.conf', text);
  assert.deepEqual(at(f), ['4:1']);
  assert.equal(applyFix(f[0], text), '[1000]\ntype=friend\nhost=dynamic\ntrustrpid=no\n');
});

test('AST117 is silent for a static trunk without a secret', () => {
  assert.deepEqual(run('AST117', 'sip.conf', '[trunk]\ntype=peer\nhost=198.51.100.1\ntrustrpid=yes\n'), []);
});
