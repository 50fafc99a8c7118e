import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string, files: Record<string, string>) => check([asteriskPlugin], FILE, t, { files }).filter((f) => f.ruleId === 'AST404');

const DIALPLAN = [
  '[public]',
  'include => outbound',
  '[outbound]',
  'exten => _0X.,1,Dial(PJSIP/${FILTER(0-9,${EXTEN})}@trunk)',
  '[internal]',
  'exten => 100,1,Dial(PJSIP/aB7ytWxEd,25)',
  'exten => *98,1,VoiceMailMain()',
  '',
].join('\n');

test('AST404 fires when sip.conf guests land in a context that includes a trunk route, and shows the path', () => {
  const f = run(DIALPLAN, { '/etc/asterisk/sip.conf': '[general]\ncontext=public\n' });
  assert.deepEqual(ids(f), [at('AST404', DIALPLAN, 'Dial(PJSIP/${')]);
  assert.match(f[0].message, /\[public\] → include → \[outbound\]/);
  assert.match(f[0].message, /allowguest/);
});

test('AST404 fires for pjsip endpoints without auth or identify, and for DISA in default', () => {
  const text = DIALPLAN + '[default]\nexten => 1,1,DISA(1234,outbound)\n';
  const files = { '/etc/asterisk/pjsip.conf': '[phone]\ntype=endpoint\ncontext=internal\n' };
  const f = run(text, files);
  assert.deepEqual(ids(f), [at('AST404', text, 'VoiceMailMain'), at('AST404', text, 'DISA')].sort());
});

test('AST404 stays silent when guests are refused and every endpoint authenticates', () => {
  const files = {
    '/etc/asterisk/sip.conf': '[general]\nallowguest=no\ncontext=public\n',
    '/etc/asterisk/pjsip.conf': '[aB7ytWxEd]\ntype=endpoint\ncontext=internal\nauth=aB7ytWxEd\n[anon]\ntype=endpoint\ncontext=public\n[anon]\ntype=identify\nendpoint=anon\nmatch=192.0.2.1\n',
  };
  assert.deepEqual(run(DIALPLAN, files), []);
});
