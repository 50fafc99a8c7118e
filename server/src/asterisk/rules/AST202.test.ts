import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const SIP = '/etc/asterisk/sip.conf';
const run = (file: string, t: string) => check([asteriskPlugin], file, t).filter((f) => f.ruleId === 'AST202');

test('AST202: error below 12, warning below 20, message without the value; fix generates a secret', () => {
  const text = '[aB7ytWxEd]\ntype=friend\nsecret=Xy7#kq ; phone\n[bC8zuXyFe]\ntype=friend\nsecret=Xy7-kqPL0-mnZ2v\n';
  const f = run(SIP, text);
  assert.deepEqual(ids(f), [at('AST202', text, 'Xy7#'), at('AST202', text, 'Xy7-')]);
  assert.deepEqual(f.map((x) => x.severity), ['error', 'warning']);
  assert.ok(!f[0].message.includes('Xy7#kq'));
  assert.match(f[0].message, /6 characters/);
  const fixed = applyEdits(SIP, text, f[0].fixes[0].edits);
  assert.match(fixed, /^secret=[^\s;]{24} ; phone$/m);
  assert.equal(f[0].fixes[0].kind, 'review');
});

test('AST202 covers pjsip auth passwords, AMI secrets and register => passwords', () => {
  const pj = '[a]\ntype=auth\nusername=aB7ytWxEd\npassword=short\n';
  assert.equal(run('/etc/asterisk/pjsip.conf', pj).length, 1);
  assert.equal(run('/etc/asterisk/manager.conf', '[general]\nenabled=yes\n[mgr]\nsecret=short\n').length, 1);
  const reg = '[general]\nregister => user:short@provider.example.com/100\n';
  assert.deepEqual(ids(run(SIP, reg)), [at('AST202', reg, 'short')]);
});

test('AST202 stays silent on 20+ character secrets', () => {
  assert.deepEqual(run(SIP, '[aB7ytWxEd]\ntype=friend\nsecret=kQ8-vN2_xR5.mP7+wL3*zT6!\n'), []);
});
