import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST011 fires on a misspelt option and renames it to the closest known name', () => {
  const text = '[general]\nalowguest=no ; typo\n';
  const f = run('AST011', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.match(f[0].message, /Did you mean "allowguest"/);
  assert.equal(applyFix(f[0], text), '[general]\nallowguest=no ; typo\n');
  assert.equal(run('AST011', 'manager.conf', '[general]\ncompletely_unrelated_thing=1\n')[0].fixes.length, 0);
});

test('AST011 is silent on known options, dialplan contexts and free-form files', () => {
  assert.deepEqual(run('AST011', 'manager.conf', '[general]\nenabled=no\n[u]\neventfilter(action(exclude),name(Newchannel))=x\n'), []);
  assert.deepEqual(run('AST011', 'extensions.conf', '[general]\nstatic=yes\n[ctx]\nexten => 1,1,NoOp()\n'), []);
  assert.deepEqual(run('AST011', 'logger.conf', '[logfiles]\nmy.log => notice\n'), []);
});

test('AST011 in pjsip.conf: an option of another object type makes Asterisk refuse the object', () => {
  const text = '[acct1]\ntype=aor\nmax_contacts=1\nauth=acct1-auth ; belongs to the endpoint\n\n[acct1-auth]\ntype=auth\nusername=acct1\n';
  const f = run('AST011', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['4:1']);
  assert.match(f[0].message, /"auth" is not an option of type=aor objects \(it is an endpoint option\)/);
  assert.equal(f[0].severity, 'error');
  // a misspelt option makes res_pjsip refuse the object too (chan_sip only skips it: a warning there)
  const typo = run('AST011', 'pjsip.conf', '[acct1]\ntype=endpoint\ndirect_mdia=no\n');
  assert.deepEqual([typo[0].severity, /refuses to create \[acct1\]/.test(typo[0].message), /Did you mean "direct_media"/.test(typo[0].message)], ['error', true, true]);
  assert.equal(run('AST011', 'sip.conf', '[general]\nalowguest=no\n')[0].severity, 'warning');
  assert.match(f[0].message, /refuses to create \[acct1\]/);
  // options shared by several types, the type itself, templates and untyped sections are left alone
  assert.deepEqual(run('AST011', 'pjsip.conf', '[t](!)\nauth=x\n[a](t)\ntype=endpoint\ntransport=udp\n[b]\ntype=aor\ncontact=sip:b@192.0.2.1\n[c]\nauth=x\n'), []);
});
