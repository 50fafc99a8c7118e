import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const run = (file: string, t: string) => check([asteriskPlugin], file, t).filter((f) => f.ruleId === 'AST204');

test('AST204 fires on digits, sample secrets, low variety and weak estimates, naming the reason only', () => {
  const text = [
    '[aB7ytWxEd]', 'secret=12345678901234567890',
    '[bB7ytWxEd]', 'secret=mysecret',
    '[cB7ytWxEd]', 'secret=abcdefghijklmnopqrstuvwx',
    '[dB7ytWxEd]', 'secret=Password2024!Password',
    '',
  ].join('\n');
  const f = run('/etc/asterisk/iax.conf', text);
  assert.deepEqual(ids(f), [at('AST204', text, '1234'), at('AST204', text, 'mysecret'), at('AST204', text, 'abcd'), at('AST204', text, 'Password2024')]);
  assert.match(f[0].message, /digits only/);
  assert.match(f[1].message, /Asterisk sample or common password/);
  for (const x of f) assert.ok(!/12345678901234567890|mysecret|abcdefgh|Password2024/.test(x.message));
});

test('AST204 stays silent on generated secrets', () => {
  assert.deepEqual(run('/etc/asterisk/iax.conf', '[aB7ytWxEd]\nsecret=kQ8-vN2_xR5.mP7+wL3*zT6!\n'), []);
});
