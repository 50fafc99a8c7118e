import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string, files: Record<string, string> = {}) => check([asteriskPlugin], FILE, t, { files }).filter((f) => f.ruleId === 'AST408');

test('AST408 fires on include, Goto, Gosub and GotoIf targets that no file defines', () => {
  const text = '[a]\ninclude => nope\nexten => 1,1,Goto(missing,s,1)\n same => n,Gosub(sub-x,s,1(arg))\n same => n,GotoIf($[1=1]?a,1,1:gone,s,1)\n';
  assert.deepEqual(ids(run(text)), [at('AST408', text, 'nope'), at('AST408', text, 'missing'), at('AST408', text, 'sub-x'), at('AST408', text, 'gone')]);
});

test('AST408 knows contexts of other extensions*.conf files, AEL files, case and dynamic targets', () => {
  const text = '[a]\ninclude => Custom\nexten => 1,1,Goto(a,1,1)\n same => n,Goto(${DEST},s,1)\n same => n,Goto(s,1)\n same => n,Gosub(ael-ctx,s,1)\n';
  const files = { '/etc/asterisk/extensions_custom.conf': '[custom]\nexten => s,1,NoOp()\n', '/etc/asterisk/extensions.ael': 'context ael-ctx {\n  s => NoOp();\n};\n' };
  assert.deepEqual(run(text, files), []);
});
