import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT104 fires on a user chain holding only RETURN', () => {
  const f = run('IPT104', restore(':asterisk - [0:0]\n-A INPUT -j asterisk\n-A asterisk -j RETURN'));
  assert.deepEqual(at(f), ['2:2']);
  assert.equal(f[0].severity, 'info');
});

test('IPT104 stays quiet on chains that decide something, and on fail2ban chains', () => {
  assert.deepEqual(run('IPT104', restore(':web - [0:0]\n:f2b-x - [0:0]\n-A INPUT -j web\n-A INPUT -j f2b-x\n-A web -s 10.0.0.1 -j DROP\n-A web -j RETURN\n-A f2b-x -j RETURN')), []);
});
