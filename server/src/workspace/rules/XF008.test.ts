import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { guide, JAIL, run } from '../testkit';

test('XF008 quiet on the guide: protocol=all with iptables-allports is what allports is for', () => {
  assert.equal(run('XF008', JAIL, guide()).length, 0);
});

test('XF008 fires on protocol=all with iptables-multiport, nftables-multiport and iptables[type=multiport]', () => {
  for (const action of ['iptables-multiport[name=asterisk, port="5060,5061", protocol=all]', 'nftables-multiport[name=asterisk, protocol="all"]', 'iptables[type=multiport, protocol=all]']) {
    const files = guide();
    files[JAIL] = files[JAIL].replace('iptables-allports[name=asterisk, protocol=all]', action);
    const f = run('XF008', JAIL, files);
    assert.equal(f.length, 1, action);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].range.start.line, 4);
    assert.equal(f[0].fixes.length, 0);
  }
});

test('XF008 follows the default action: jail protocol = all with banaction = iptables-multiport', () => {
  const files = guide();
  files[JAIL] = files[JAIL].replace('action   = iptables-allports[name=asterisk, protocol=all]\n', 'banaction = iptables-multiport\nprotocol = all\n');
  const f = run('XF008', JAIL, files);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 5, 'points at protocol = all');
  files[JAIL] = files[JAIL].replace('protocol = all', 'protocol = udp');
  assert.equal(run('XF008', JAIL, files).length, 0);
  files[JAIL] = files[JAIL].replace('protocol = udp', 'protocol = all').replace('iptables-multiport', 'iptables-allports');
  assert.equal(run('XF008', JAIL, files).length, 0);
});
