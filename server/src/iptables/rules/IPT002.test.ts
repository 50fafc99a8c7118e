import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run } from './ruleTesting';

test('IPT002 fires on -m tcp under -p udp and aligns the match', () => {
  const text = restore('-A OUTPUT -p udp -m tcp --dport 80 -j ACCEPT');
  const f = run('IPT002', text);
  assert.deepEqual(at(f), ['2:21']);
  assert.equal(applyFix(text, f[0]), restore('-A OUTPUT -p udp -m udp --dport 80 -j ACCEPT'));
});

test('IPT002 on the guide\'s -p udp -m tcp --dport 80,443 offers one edit that makes the line load', () => {
  const text = restore('-A OUTPUT -p udp -m tcp --dport 80,443 -j ACCEPT');
  const f = run('IPT002', text);
  assert.equal(applyFix(text, f[0]), restore('-A OUTPUT -p udp -m multiport --dports 80,443 -j ACCEPT'));
});

test('IPT002 fires on port options without -p, and adds -p for a lone -m tcp', () => {
  assert.deepEqual(at(run('IPT002', restore('-A INPUT --dport 22 -j ACCEPT'))), ['2:10']);
  assert.deepEqual(at(run('IPT002', restore('-A INPUT -m multiport --dports 22,80 -j ACCEPT'))), ['2:13']);
  const text = restore('-A INPUT -m tcp --dport 22 -j ACCEPT');
  assert.equal(applyFix(text, run('IPT002', text)[0]), restore('-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT'));
});

test('IPT002 stays quiet when -m and -p agree', () => {
  assert.deepEqual(run('IPT002', restore('-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n-A INPUT -p udp -m multiport --dports 1,2 -j ACCEPT')), []);
});
