import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string) => check([asteriskPlugin], FILE, t).filter((f) => f.ruleId === 'AST406');

test('AST406 fires on DISA(no-password…)', () => {
  const text = '[a]\nexten => 1,1,DISA(no-password,out)\nexten => 2,1,disa( No-Password )\n';
  assert.deepEqual(ids(run(text)), [at('AST406', text, 'no-password'), at('AST406', text, ' No-Password')]);
});

test('AST406 stays silent on DISA with a passcode', () => {
  assert.deepEqual(run('[a]\nexten => 1,1,DISA(8472910356,out)\nexten => 2,1,DISA(/etc/asterisk/disa.pw)\n'), []);
});
