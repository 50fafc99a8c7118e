import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { EXTENSIONS, guide, PJSIP, run } from '../testkit';

test('XF007 fires on Dial(SIP/x) with no sip.conf peer x, at the name', () => {
  const files = guide();
  files[EXTENSIONS] += 'exten => 101,1,Dial(SIP/101&SIP/aB7ytWxEd,25)\nexten => _0X.,1,Dial(SIP/operator/${EXTEN})\n';
  const f = run('XF007', EXTENSIONS, files);
  assert.deepEqual(f.map((x) => [x.range.start.line, x.range.start.character, x.range.end.character]), [[3, 24, 27], [4, 25, 33]]);
  assert.match(f[0].message, /SIP\/101/);
});

test('XF007 PJSIP endpoints (exten@endpoint form) and quiet cases', () => {
  const files = guide();
  files[PJSIP] = '[6001]\ntype=endpoint\n';
  files[EXTENSIONS] = '[internal]\nexten => 1,1,Dial(PJSIP/6001)\nexten => 2,1,Dial(PJSIP/100@6001)\nexten => 3,1,Dial(PJSIP/6002)\n'
    + 'exten => 4,1,Dial(SIP/${PEER})\nexten => 5,1,Dial(SIP/sip.example.com/100)\nexten => 6,1,Dial(SIP/aB7ytWxEd)\nexten => 7,1,Dial(IAX2/nobody)\n';
  const f = run('XF007', EXTENSIONS, files);
  assert.deepEqual(f.map((x) => x.range.start.line), [3]);
  assert.equal(run('XF007', EXTENSIONS, files, { asterisk: { targetVersion: 21 } }).filter((x) => /SIP\/aB7/.test(x.message)).length, 0);
});

test('XF007 works on an etc dir opened on its own (no asterisk/ parent layout)', () => {
  const files = {
    '/home/me/pbx-conf/sip.conf': '[general]\n\n[alice]\ntype=friend\n',
    '/home/me/pbx-conf/extensions.conf': '[internal]\nexten => 1,1,Dial(SIP/alice)\nexten => 2,1,Dial(SIP/bob)\n',
  };
  assert.deepEqual(run('XF007', '/home/me/pbx-conf/extensions.conf', files).map((f) => f.range.start.line), [2]);
});
