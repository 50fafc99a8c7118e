import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST003 fires on a base defined later or nowhere, and on (+) with no target', () => {
  assert.deepEqual(at(run('AST003', 'sip.conf', '[a](later)\n[later](!)\n[b](nothere)\n[zz](+)\n')), ['1:5', '3:5', '4:2']);
});

test('AST003 is silent when bases come earlier (case-insensitive) or from an include', () => {
  assert.deepEqual(run('AST003', 'sip.conf', '[Tpl](!)\n[a](tpl)\n[a](+)\n'), []);
  assert.deepEqual(run('AST003', 'sip.conf', '#include tpl.conf\n[a](base)\n', { files: { '/etc/asterisk/tpl.conf': '[base](!)\n' } }), []);
});
