import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const run = (file: string, t: string, files: Record<string, string> = {}) => check([asteriskPlugin], file, t, { files }).filter((f) => f.ruleId === 'AST203');

test('AST203 fires when the secret contains the peer name, reverses the username, or holds the extension number', () => {
  const sip = '[aB7ytWxEd]\ntype=friend\nsecret=aB7ytWxEd-2024-long-enough\n[kQ8vN2xR5m]\ntype=friend\nsecret=Zz-m5Rx2Nv8Qk-Lq\n[pP3wQr7Tz9]\ntype=friend\nsecret=Kx-200-rTq9LmZw2Vb\n';
  const ext = '[internal]\nexten => 200,1,Dial(SIP/pP3wQr7Tz9)\n';
  const f = run('/etc/asterisk/sip.conf', sip, { '/etc/asterisk/extensions.conf': ext });
  assert.deepEqual(ids(f), [at('AST203', sip, 'aB7ytWxEd-'), at('AST203', sip, 'Zz-'), at('AST203', sip, 'Kx-')]);
  assert.match(f[0].message, /contains the peer name/);
  assert.match(f[2].message, /extension number/);
});

test('AST203 pjsip: identities include the auth username and the endpoint name', () => {
  const pj = '[ep1x9Qw7Lm]\ntype=endpoint\nauth=auth1\n[auth1]\ntype=auth\nusername=zT6wL3mP7\npassword=ep1x9Qw7Lm!!kQ8vN2xR5\n';
  assert.equal(run('/etc/asterisk/pjsip.conf', pj).length, 1);
});

test('AST203 stays silent on unrelated secrets', () => {
  assert.deepEqual(run('/etc/asterisk/sip.conf', '[aB7ytWxEd]\ntype=friend\nsecret=kQ8-vN2_xR5.mP7+wL3*zT6!\n'), []);
});
