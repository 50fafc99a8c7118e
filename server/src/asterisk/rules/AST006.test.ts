import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST006 fires on a missing #include and offers #tryinclude', () => {
  const text = '[general]\n#include "sip_custom.conf" ; local\n';
  const f = run('AST006', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:11']);
  assert.equal(applyFix(f[0], text), '[general]\n#tryinclude "sip_custom.conf" ; local\n');
});

test('AST006 is silent on #tryinclude and on includes that exist (globs too)', () => {
  assert.deepEqual(run('AST006', 'sip.conf', '[general]\n#tryinclude nothere.conf\n'), []);
  assert.deepEqual(run('AST006', 'pjsip.conf', '#include pjsip.d/*.conf\n', { files: { '/etc/asterisk/pjsip.d/a.conf': '[a]\ntype=aor\n' } }), []);
});
