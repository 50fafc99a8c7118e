import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

const files = { '/etc/asterisk/acl.conf': '[office]\ndeny=0.0.0.0/0\npermit=192.0.2.0/24\n' };

test('AST108 fires on acl= naming no acl.conf section', () => {
  const f = run('AST108', 'pjsip.conf', '[e]\ntype=endpoint\nacl=ofice\n', { files });
  assert.deepEqual(at(f), ['3:5']);
  assert.match(f[0].message, /blocks all SIP traffic/);
});

test('AST108 is silent on known names (case-insensitive) and when acl.conf is absent', () => {
  assert.deepEqual(run('AST108', 'sip.conf', '[p]\ntype=peer\nacl=Office\n', { files }), []);
  assert.deepEqual(run('AST108', 'sip.conf', '[p]\ntype=peer\nacl=anything\n'), []);
});
