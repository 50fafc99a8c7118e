import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../engine/testing';
import { at, run } from './testkit';

test('AST504 fires when modules.conf noloads res_security_log, with a fix in modules.conf', () => {
  const modules = '[modules]\nautoload=yes\nnoload => res_security_log.so\nnoload => chan_sip.so\n';
  const files = { '/etc/asterisk/modules.conf': modules };
  const f = run('AST504', 'logger.conf', '[logfiles]\nsecurity.log => security\n', { files });
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(f[0].fixes[0].edits[0].file, '/etc/asterisk/modules.conf');
  assert.equal(applyEdits('/etc/asterisk/modules.conf', modules, f[0].fixes[0].edits), '[modules]\nautoload=yes\nnoload => chan_sip.so\n');
  assert.equal(run('AST504', 'logger.conf', '[logfiles]\nsecurity.log => security\n', { files: { '/etc/asterisk/modules.conf': '[modules]\nautoload=no\n' } }).length, 1);
});

test('AST504 keeps a comment that shares the noload line', () => {
  const modules = '[modules]\nnoload => res_security_log.so ; noisy\n';
  const f = run('AST504', 'logger.conf', '[logfiles]\nsecurity.log => security\n', { files: { '/etc/asterisk/modules.conf': modules } });
  assert.equal(applyEdits('/etc/asterisk/modules.conf', modules, f[0].fixes[0].edits), '[modules]\n ; noisy\n');
});

test('AST504 is silent when the module loads (autoload or explicit)', () => {
  assert.deepEqual(run('AST504', 'logger.conf', '[logfiles]\nsecurity.log => security\n', { files: { '/etc/asterisk/modules.conf': '[modules]\nautoload=yes\n' } }), []);
  assert.deepEqual(run('AST504', 'logger.conf', '[logfiles]\nsecurity.log => security\n', { files: { '/etc/asterisk/modules.conf': '[modules]\nautoload=no\nload => res_security_log.so\n' } }), []);
});
