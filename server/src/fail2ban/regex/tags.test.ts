import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { expandTags } from './tags';

test('<HOST> expands to the ip4/ip6/dns groups; usedns=no drops dns', () => {
  const e = expandTags('from <HOST>$');
  assert.match(e.regex, /\(\?P<ip4>/);
  assert.match(e.regex, /\(\?P<dns>/);
  assert.doesNotMatch(expandTags('from <HOST>', { useDns: 'no' }).regex, /dns/);
  assert.match(expandTags('<ADDR>').regex, /::\)\{1,7\}/, '1.0 IPv6 regex');
  assert.match(expandTags('<ADDR>', { version: '1.1' }).regex, /\|:\)\{1,7\}/, '1.1 IPv6 regex');
});

test('custom <F-NAME> tags: upper case only, mapped names, unopened closers and unknown tags stay', () => {
  assert.equal(expandTags('<F-USER>\\S+</F-USER>').regex, '(?P<user>\\S+)');
  assert.equal(expandTags('<F-ID>x</F-ID>').regex, '(?P<fid>x)');
  assert.equal(expandTags('</F-USER><f-user><FOO>').regex, '</F-USER><f-user><FOO>');
  assert.equal(expandTags('a<SKIPLINES>b<SKIPLINES>').regex, 'a\\n(?P<skiplines0>(?:(?:.*\\n)*?))b\\n(?P<skiplines1>(?:(?:.*\\n)*?))');
});

test('global flags inside a group become scoped flags', () => {
  assert.equal(expandTags('((?i)login|plain)').regex, '(?i:login|plain)');
  assert.equal(expandTags('(?:(?i)expn)').regex, '(?i:expn)');
});

test('offsets map back through tag expansion', () => {
  const src = 'x <HOST> (y';
  const e = expandTags(src);
  const paren = e.regex.lastIndexOf('(');
  assert.equal(e.toSource(paren), src.lastIndexOf('('));
  assert.equal(e.toSource(e.regex.indexOf('ip4')), 2, 'inside the tag: the tag start');
  assert.deepEqual(e.tags, [{ tag: 'HOST', start: 2, end: 8 }]);
});
