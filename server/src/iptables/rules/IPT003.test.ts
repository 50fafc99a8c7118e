import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT003 rejects ports iptables rejects, at the offending port', () => {
  assert.deepEqual(at(run('IPT003', restore('-A INPUT -p tcp --dport 70000 -j ACCEPT'))), ['2:25']);
  assert.deepEqual(at(run('IPT003', restore('-A INPUT -p tcp --dport 20000:10000 -j ACCEPT'))), ['2:25']);
  const many = run('IPT003', restore('-A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT'));
  assert.equal(many[0].severity, 'error');
  assert.match(many[0].message, /16 port slots/);
});

test('IPT003 warns where iptables accepts a wrong value (udp wrap, reversed iprange)', () => {
  const wrap = run('IPT003', restore('-A INPUT -p udp --dport 70000 -j ACCEPT'));
  assert.equal(wrap[0].severity, 'warning');
  assert.match(wrap[0].message, /wraps it around to 4464/);
  assert.equal(run('IPT003', restore('-A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1 -j ACCEPT'))[0].severity, 'warning');
});

test('IPT003 stays quiet on valid ports', () => {
  assert.deepEqual(run('IPT003', restore('-A INPUT -p tcp --dport 1024: -j ACCEPT\n-A INPUT -p tcp -m multiport --dports 1:2,3,4,5,6,7,8,9,10,11,12,13,14,15 -j ACCEPT\n-A INPUT -p tcp --dport ssh -j ACCEPT')), []);
});
