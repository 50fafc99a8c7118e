import test from 'node:test';
import assert from 'node:assert/strict';
import { at, run } from './ruleTesting';

test('IPT007 fires on trailing comments, single quotes, bad tables, missing COMMIT and rules outside a table', () => {
  assert.deepEqual(at(run('IPT007', '*filter\n-A INPUT -j ACCEPT # ok\nCOMMIT\n')), ['2:20']);
  assert.deepEqual(at(run('IPT007', "*filter\n-A INPUT -m comment --comment 'a b' -j ACCEPT\nCOMMIT\n")), ['2:31']);
  assert.deepEqual(at(run('IPT007', '*filtre\nCOMMIT\n')), ['1:1']);
  assert.match(run('IPT007', '*filter\n-A INPUT -j ACCEPT\n')[0].message, /no COMMIT/);
  assert.match(run('IPT007', '-A INPUT -j ACCEPT\n')[0].message, /outside a table/);
});

test('IPT007 stays quiet on a well-formed file with whole-line comments and double quotes', () => {
  assert.deepEqual(run('IPT007', '# header\n*filter\n:INPUT ACCEPT\n# a comment\n-A INPUT -m comment --comment "a b" -j ACCEPT\nCOMMIT\n'), []);
});
