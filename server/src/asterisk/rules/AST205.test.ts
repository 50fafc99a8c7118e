import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const run = (file: string, t: string) => check([asteriskPlugin], file, t).filter((f) => f.ruleId === 'AST205');

test('AST205 fires on md5secret of a sample secret and on password_digest of the username', () => {
  const sip = `[general]\nrealm=pbx.example.com\n[aB7ytWxEd]\ntype=friend\nmd5secret=${md5('aB7ytWxEd:pbx.example.com:mysecret')}\n`;
  assert.deepEqual(ids(run('/etc/asterisk/sip.conf', sip)), [at('AST205', sip, md5('aB7ytWxEd:pbx.example.com:mysecret'))]);
  const pj = `[a]\ntype=auth\nusername=kQ8vN2xR5m\npassword_digest=md5:${md5('kQ8vN2xR5m:asterisk:kQ8vN2xR5m')}\n`;
  assert.equal(run('/etc/asterisk/pjsip.conf', pj).length, 1);
});

test('AST205 stays silent on the hash of a strong secret', () => {
  const sip = `[aB7ytWxEd]\ntype=friend\nmd5secret=${md5('aB7ytWxEd:asterisk:kQ8-vN2_xR5.mP7+wL3*zT6!')}\n`;
  assert.deepEqual(run('/etc/asterisk/sip.conf', sip), []);
});
