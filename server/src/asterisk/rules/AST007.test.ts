import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from './testkit';

test('AST007 warns on #exec, and errs when asterisk.conf enables execincludes', () => {
  const text = '[general]\n#exec /usr/local/bin/peers.sh\n';
  assert.deepEqual(run('AST007', 'sip.conf', text).map((f) => f.severity), ['warning']);
  const files = { '/etc/asterisk/asterisk.conf': '[options]\nexecincludes=yes\n' };
  assert.deepEqual(run('AST007', 'sip.conf', text, { files }).map((f) => f.severity), ['error']);
});

test('AST007 is silent without #exec', () => {
  assert.deepEqual(run('AST007', 'sip.conf', '[general]\n;#exec /bin/true\n'), []);
});
