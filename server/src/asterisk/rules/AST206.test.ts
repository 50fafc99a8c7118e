import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const run = (file: string, t: string, files: Record<string, string> = {}) => check([asteriskPlugin], file, t, { files }).filter((f) => f.ruleId === 'AST206');
const S = 'kQ8-vN2_xR5.mP7+wL3*zT6!';

test('AST206 fires on the same secret in this file and across files, without showing it', () => {
  const pj = `[aB7ytWxEd]\ntype=auth\nusername=aB7ytWxEd\npassword=${S}\n[bC8zuXyFe]\ntype=auth\nusername=bC8zuXyFe\npassword=${S}\n`;
  const f = run('/etc/asterisk/pjsip.conf', pj, { '/etc/asterisk/manager.conf': `[monitor]\nsecret=${S}\n` });
  assert.deepEqual(ids(f), [at('AST206', pj, S), at('AST206', pj, S, 5)]);
  assert.match(f[0].message, /manager\.conf user \[monitor\]/);
  assert.ok(!f[0].message.includes(S));
});

test('AST206 stays silent when every account has its own secret', () => {
  const pj = `[aB7ytWxEd]\ntype=auth\npassword=${S}\n[bC8zuXyFe]\ntype=auth\npassword=${S}x\n`;
  assert.deepEqual(run('/etc/asterisk/pjsip.conf', pj, { '/etc/asterisk/manager.conf': '[monitor]\nsecret=Zp4-uQ9_kT2.wR8+nM5*xL7!\n' }), []);
});

test('AST206: a register => line and the trunk peer it registers as may share the secret', () => {
  const sip = `[general]\nregister => trunkuser:${S}@provider.example.com\n[provider]\ntype=peer\ndefaultuser=trunkuser\nsecret=${S}\n`;
  assert.deepEqual(run('/etc/asterisk/sip.conf', sip), []);
});
