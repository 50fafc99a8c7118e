import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string) => check([asteriskPlugin], FILE, t).filter((f) => f.ruleId === 'AST407');

test('AST407 fires on same => and n as the first line of a context', () => {
  const text = '[a]\nsame => n,NoOp()\n[b]\nexten => 1,n,NoOp()\n';
  const f = run(text);
  assert.deepEqual(ids(f), [at('AST407', text, 'same'), at('AST407', text, 'exten')]);
  assert.match(f[0].message, /\[a\]/);
});

test('AST407 stays silent when the context starts with priority 1', () => {
  assert.deepEqual(run('[a]\nexten => 1,1,NoOp()\n same => n,Hangup()\nexten => 2,1,NoOp()\nexten => 2,n,Hangup()\n[b]\nexten => s,1(start),NoOp()\n'), []);
});
