import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST011 fires on a misspelt option and renames it to the closest known name', () => {
  const text = '[general]\nalowguest=no ; typo\n';
  const f = run('AST011', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.match(f[0].message, /Did you mean "allowguest"/);
  assert.equal(applyFix(f[0], text), '[general]\nallowguest=no ; typo\n');
  assert.equal(run('AST011', 'manager.conf', '[general]\ncompletely_unrelated_thing=1\n')[0].fixes.length, 0);
});

test('AST011 is silent on known options, dialplan contexts and free-form files', () => {
  assert.deepEqual(run('AST011', 'manager.conf', '[general]\nenabled=no\n[u]\neventfilter(action(exclude),name(Newchannel))=x\n'), []);
  assert.deepEqual(run('AST011', 'extensions.conf', '[general]\nstatic=yes\n[ctx]\nexten => 1,1,NoOp()\n'), []);
  assert.deepEqual(run('AST011', 'logger.conf', '[logfiles]\nmy.log => notice\n'), []);
});
