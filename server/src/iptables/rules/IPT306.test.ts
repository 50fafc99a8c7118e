import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT306 fires on SSH/HTTPS/AMI/ARI accepted from anywhere', () => {
  assert.deepEqual(at(run('IPT306', restore('-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp -m multiport --dports 80,5038 -j ACCEPT\n-A INPUT -s 0.0.0.0/0 -p tcp --dport 8088 -j ACCEPT'))), ['2:17', '3:30', '4:30']);
});

test('IPT306 stays quiet with a source restriction, a rate limit, other ports or other verdicts', () => {
  assert.deepEqual(run('IPT306', restore('-A INPUT -s 188.10.11.12/32 -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -m recent --update --seconds 60 --hitcount 4 -j ACCEPT\n-A INPUT -p udp --dport 5060 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j DROP')), []);
});
