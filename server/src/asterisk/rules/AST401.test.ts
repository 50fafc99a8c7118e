import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string) => check([asteriskPlugin], FILE, t).filter((f) => f.ruleId === 'AST401');

test('AST401 fires on ${EXTEN} in Dial under an open pattern, and the fix wraps it keeping the substring', () => {
  const text = '[out]\n; trunk route\nexten => _9X.,1,Dial(PJSIP/${EXTEN:1}@trunk,30) ; keep me\n';
  const f = run(text);
  assert.deepEqual(ids(f), [at('AST401', text, '${EXTEN:1}')]);
  assert.match(f[0].message, /unfiltered/);
  const fixed = applyEdits(FILE, text, f[0].fixes[0].edits);
  assert.equal(fixed, '[out]\n; trunk route\nexten => _9X.,1,Dial(PJSIP/${FILTER(0-9*#+,${EXTEN:1})}@trunk,30) ; keep me\n');
  assert.deepEqual(run(fixed), []);
});

test('AST401 covers same => lines, Goto and character classes with letters', () => {
  const text = '[a]\nexten => _[a-z]XX,1,NoOp()\n same => n,Goto(b,${EXTEN},1)\n[b]\nexten => _X!,1,Queue(${EXTEN})\n';
  assert.deepEqual(ids(run(text)), [at('AST401', text, '${EXTEN}'), at('AST401', text, '${EXTEN}', 4)]);
});

test('AST401 stays silent on fixed patterns, literal extensions and filtered values', () => {
  const text = '[a]\nexten => _2XXX,1,Dial(PJSIP/${EXTEN})\nexten => 100,1,Dial(SIP/${EXTEN})\nexten => _X.,1,Dial(PJSIP/${FILTER(0-9,${EXTEN})}@trunk)\nexten => _X.,2,NoOp(${EXTEN})\n';
  assert.deepEqual(run(text), []);
});

test('AST401 names a variable assigned from caller input as a variable, not as ${…}', () => {
  const text = '[a]\nexten => _X.,1,Set(DEST=${EXTEN})\n same => n,Dial(SIP/${DEST},30)\n';
  const f = run(text);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /^Dial\(\) uses variable DEST \(assigned from caller input\) unfiltered/);
});
