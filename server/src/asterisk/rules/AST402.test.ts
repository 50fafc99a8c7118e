import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string) => check([asteriskPlugin], FILE, t).filter((f) => f.ruleId === 'AST402');

test('AST402 fires on caller ID in System() and the fix wraps it in FILTER', () => {
  const text = '[in]\nexten => s,1,System(/opt/log.sh ${CALLERID(num)}) ; audit\n';
  const f = run(text);
  assert.deepEqual(ids(f), [at('AST402', text, '${CALLERID')]);
  const fixed = applyEdits(FILE, text, f[0].fixes[0].edits);
  assert.equal(fixed, '[in]\nexten => s,1,System(/opt/log.sh ${FILTER(0-9A-Za-z+_.,${CALLERID(num)})}) ; audit\n');
  assert.deepEqual(run(fixed), []);
});

test('AST402: SHELL() inside Set, MixMonitor third argument, Read() variables, EXTEN under open pattern', () => {
  const text = [
    '[in]',
    'exten => s,1,Set(X=${SHELL(echo ${PJSIP_HEADER(read,X-Foo)})})',
    ' same => n,MixMonitor(r.wav,b,/bin/post ${CALLERID(name)})',
    ' same => n,Read(PIN,enter,4)',
    ' same => n,AGI(check.agi,${PIN})',
    'exten => _X.,1,TrySystem(/bin/x ${EXTEN})',
    '',
  ].join('\n');
  assert.deepEqual(ids(run(text)), [at('AST402', text, '${PJSIP_HEADER'), at('AST402', text, '${CALLERID(name)'), at('AST402', text, '${PIN}'), at('AST402', text, '${EXTEN}')]);
});

test('AST402 stays silent on constants, filtered values, MixMonitor file names and EXTEN of literal extensions', () => {
  const text = '[in]\nexten => 100,1,System(/bin/x ${EXTEN})\n same => n,MixMonitor(${CALLERID(num)}.wav,b)\n same => n,System(/bin/x ${FILTER(0-9,${CALLERID(num)})})\n same => n,Dial(SIP/${CALLERID(num)})\n';
  assert.deepEqual(run(text), []);
});
