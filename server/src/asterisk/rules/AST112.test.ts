import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST112 fires on a friend without secret and inserts a generated 24-character secret', () => {
  const text = '[1000]\ntype=friend\nhost=dynamic\n';
  const f = run('AST112', 'sip.conf', text);
  assert.deepEqual(at(f), ['1:2']);
  assert.equal(f[0].fixes[0].kind, 'review');
  assert.match(applyFix(f[0], text), /^\[1000\]\nsecret=[^\s;#,"'\\=@:[\]]{24}\ntype=friend\nhost=dynamic\n$/);
});

test('AST112 reports accounts kept in an #include\'d fragment in that file, with the fix there', () => {
  const files = { '/etc/asterisk/sip_peers.conf': '[2000]\ntype=friend\nhost=dynamic\n' };
  const f = run('AST112', 'sip.conf', '[general]\nallowguest=no\n#include sip_peers.conf\n', { files });
  assert.deepEqual(f.map((x) => [x.file, x.range.start.line]), [['/etc/asterisk/sip_peers.conf', 0]]);
  assert.equal(f[0].fixes[0].edits[0].file, '/etc/asterisk/sip_peers.conf');
  assert.deepEqual(f[0].fixes[0].edits[0].range.start, { line: 1, character: 0 });
});

test('AST112 is silent with a secret, an md5secret, a deny, or on a static peer', () => {
  assert.deepEqual(run('AST112', 'sip.conf', '[a]\ntype=friend\nsecret=x\n[b]\ntype=user\nmd5secret=y\n[c]\ntype=user\ndeny=0.0.0.0/0.0.0.0\n[d]\ntype=peer\nhost=198.51.100.1\n'), []);
});
