import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST501 fires when no channel carries security and appends the guide line to [logfiles]', () => {
  const text = '[general]\n[logfiles]\nconsole => notice,warning,error,security\nmessages.log => notice,warning,error ; main\n';
  const f = run('AST501', 'logger.conf', text);
  assert.deepEqual(at(f), ['2:2']);
  assert.equal(f[0].fixes[0].kind, 'safe');
  assert.equal(applyFix(f[0], text), '[general]\n[logfiles]\nconsole => notice,warning,error,security\nmessages.log => notice,warning,error ; main\nfail2ban => notice,security\n');
  const none = '[general]\ndateformat=%F %T\n';
  assert.equal(applyFix(run('AST501', 'logger.conf', none)[0], none), '[general]\ndateformat=%F %T\n\n[logfiles]\nfail2ban => notice,security\n');
});

test('AST501 is silent when a file channel has security or *', () => {
  assert.deepEqual(run('AST501', 'logger.conf', '[logfiles]\nsecurity.log => [plain]security\n'), []);
  assert.deepEqual(run('AST501', 'logger.conf', '[logfiles]\nfull => *\n'), []);
});
