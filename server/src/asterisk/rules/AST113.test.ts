import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST113 fires on a peer nat that differs from [general] and deletes the line', () => {
  const text = '[general]\nnat=force_rport,comedia\n[p]\ntype=friend\nnat=no\nhost=dynamic\n';
  const f = run('AST113', 'sip.conf', text);
  assert.deepEqual(at(f), ['5:1']);
  assert.equal(applyFix(f[0], text), '[general]\nnat=force_rport,comedia\n[p]\ntype=friend\nhost=dynamic\n');
});

test('AST113 keeps a trailing comment when it removes nat=', () => {
  const text = '[general]\n[p]\ntype=friend\nnat=no ; old router\n';
  assert.equal(applyFix(run('AST113', 'sip.conf', text)[0], text), '[general]\n[p]\ntype=friend\n ; old router\n');
});

test('AST113 is silent when the peer nat equals the global one (yes = force_rport,comedia)', () => {
  assert.deepEqual(run('AST113', 'sip.conf', '[general]\nnat=yes\n[p]\ntype=friend\nnat=force_rport,comedia\n[q]\ntype=peer\n'), []);
});
