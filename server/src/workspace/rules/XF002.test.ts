import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { FIREWALL, fixedText, guide, RTP, run } from '../testkit';

test('XF002 fires when the firewall RTP range misses part of rtp.conf\'s; fix writes rtpstart:rtpend', () => {
  const files: Record<string, string> = { ...guide(), [RTP]: '[general]\nrtpstart=10000\nrtpend=30000\n' };
  const f = run('XF002', FIREWALL, files);
  assert.equal(f.length, 1);
  const l = files[FIREWALL].split('\n')[2];
  assert.deepEqual(f[0].range.start, { line: 2, character: l.indexOf('10000:20000') });
  assert.match(f[0].message, /one-way or no audio/);
  assert.deepEqual(f[0].related?.map((r) => [r.file, r.range.start.line]), [[RTP, 1]]);
  assert.equal(fixedText(files, f[0], FIREWALL), files[FIREWALL].replace('10000:20000', '10000:30000'));
});

test('XF002 says "wider" for a superset and uses the code defaults 5000-31000 when rtp.conf sets none', () => {
  const files: Record<string, string> = { ...guide(), [RTP]: '[general]\n' };
  const f = run('XF002', FIREWALL, files);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /5000 to 31000/);
  files[FIREWALL] = files[FIREWALL].replace('10000:20000', '1024:65000');
  assert.match(run('XF002', FIREWALL, files)[0].message, /wider/);
});

test('XF002 quiet when ranges agree or rtp.conf is not in the workspace', () => {
  const files: Record<string, string> = { ...guide(), [RTP]: '[general]\nrtpstart=10000\nrtpend=20000\n' };
  assert.equal(run('XF002', FIREWALL, files).length, 0);
  assert.equal(run('XF002', FIREWALL, guide()).length, 0);
});
