import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const SIP = '/etc/asterisk/sip.conf';
const PJSIP = '/etc/asterisk/pjsip.conf';
const EXT = '/etc/asterisk/extensions.conf';
const run = (file: string, t: string, files: Record<string, string> = {}) => check([asteriskPlugin], file, t, { files }).filter((f) => f.ruleId === 'AST201');

test('AST201 renames a numeric sip peer and every Dial(SIP/…) reference, keeping the extension number', () => {
  const sip = '[general]\nallowguest=no\n\n; Pierre\'s phone\n[100]\ntype=friend\nhost=dynamic\n';
  const ext = '[internal]\nexten => 100,1,Dial(SIP/100,25,rtT) ; Pierre\n same => n,Dial(SIP/100&SIP/1000)\n';
  const f = run(SIP, sip, { [EXT]: ext });
  assert.deepEqual(ids(f), [at('AST201', sip, '100')]);
  assert.match(f[0].message, /digits only/);
  assert.match(f[0].message, /extension 100 can keep dialling it/);
  const fix = f[0].fixes[0];
  assert.equal(fix.kind, 'review');
  const newName = fix.edits[0].newText;
  assert.match(newName, /^[A-Za-z][A-Za-z0-9]{11}$/);
  assert.equal(applyEdits(SIP, sip, fix.edits), sip.replace('[100]', `[${newName}]`));
  assert.equal(applyEdits(EXT, ext, fix.edits), `[internal]\nexten => 100,1,Dial(SIP/${newName},25,rtT) ; Pierre\n same => n,Dial(SIP/${newName}&SIP/1000)\n`);
});

test('AST201 renames a pjsip endpoint with its auth, aor, identify and PJSIP/ dialplan references', () => {
  const pj = '[admin]\ntype=endpoint\nauth=admin\naors=admin\n\n[admin]\ntype=auth\nusername=admin\npassword=x\n\n[admin]\ntype=aor\n\n[admin-id]\ntype=identify\nendpoint=admin\n';
  const ext = '[internal]\nexten => 200,1,Dial(PJSIP/admin)\nexten => 200,hint,PJSIP/admin\n';
  const f = run(PJSIP, pj, { [EXT]: ext });
  assert.deepEqual(ids(f), [at('AST201', pj, 'admin')]);
  const fix = f[0].fixes[0];
  const n = fix.edits[0].newText;
  assert.equal(applyEdits(PJSIP, pj, fix.edits), pj.replace(/\badmin\b(?!-id)/g, n));
  assert.equal(applyEdits(EXT, ext, fix.edits), ext.replace(/PJSIP\/admin/g, `PJSIP/${n}`));
});

test('AST201 stays silent on long random names and ignores general/anonymous', () => {
  const pj = '[aB7ytWxEd]\ntype=endpoint\nauth=aB7ytWxEd\n[aB7ytWxEd]\ntype=auth\nusername=aB7ytWxEd\n[anonymous]\ntype=endpoint\n';
  assert.deepEqual(run(PJSIP, pj), []);
  assert.deepEqual(run(SIP, '[general]\nallowguest=no\n[aB7ytWxEd]\ntype=friend\n'), []);
});

test('AST201 leaves trunks alone: fixed-host sip peers, IP-identified pjsip endpoints, outbound credentials', () => {
  assert.deepEqual(run(SIP, '[general]\nallowguest=no\n[trunk]\ntype=peer\nhost=198.51.100.10\n'), []);
  const pj = '[itsp]\ntype=endpoint\noutbound_auth=itsp-out\n[itsp-out]\ntype=auth\nusername=cust42\npassword=x\n[itsp-id]\ntype=identify\nendpoint=itsp\nmatch=198.51.100.10\n';
  assert.deepEqual(run(PJSIP, pj), []);
  assert.equal(run(SIP, '[general]\nallowguest=no\n[trunk]\ntype=peer\nhost=dynamic\n').length, 1);
});
