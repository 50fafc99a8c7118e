import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT305 fires when ESTABLISHED is accepted before the fail2ban jump', () => {
  const f = run('IPT305', restore(':f2b-asterisk - [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -j f2b-asterisk'));
  assert.deepEqual(at(f), ['3:1']);
  assert.equal(f[0].related?.[0].range.start.line, 3);
});

test('IPT305 stays quiet when the fail2ban jump comes first', () => {
  assert.deepEqual(run('IPT305', restore(':f2b-asterisk - [0:0]\n-A INPUT -j f2b-asterisk\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT')), []);
});
