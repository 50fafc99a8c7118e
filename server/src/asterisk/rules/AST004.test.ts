import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST004 fires on a key before the first section', () => {
  assert.deepEqual(at(run('AST004', 'sip.conf', 'bindport=5060\n[general]\n')), ['1:1']);
});

test('AST004 is silent in a fragment another file includes, and after a header', () => {
  const files = { '/etc/asterisk/sip.conf': '[general]\n#include sip_general_custom.conf\n' };
  assert.deepEqual(run('AST004', 'sip_general_custom.conf', 'bindport=5062\n', { files: { ...files, '/etc/asterisk/sip_general_custom.conf': 'bindport=5062\n' } }), []);
  assert.deepEqual(run('AST004', 'sip.conf', '; comment first\n[general]\nbindport=5060\n'), []);
});
