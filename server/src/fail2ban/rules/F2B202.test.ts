import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { onFilter, underlined } from './filterTestkit';

test('F2B202 flags a failregex without a host tag and underlines it', () => {
  const { text, findings } = onFilter('F2B202', "failregex = ^Login failed for user \\S+$\n            ^ok <HOST>$\n");
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'error');
  assert.equal(findings[0].range.start.line, 2);
  assert.equal(underlined(text, findings[0]), '^Login failed for user \\S+$');
  assert.match(findings[0].message, /No failure-id group/);
});

test('F2B202 accepts every id tag, <F-ID> and a prefregex <F-MLFID>', () => {
  for (const tag of ['<HOST>', '<ADDR>', '<IP4>', '<IP6>', '<DNS>', '<SUBNET>', '<F-ID/>', '<F-ID>\\d+</F-ID>']) {
    assert.equal(onFilter('F2B202', `failregex = ^x ${tag}$\n`).findings.length, 0, tag);
  }
  assert.equal(onFilter('F2B202', 'prefregex = ^<F-MLFID>\\S+</F-MLFID> <F-CONTENT>.+</F-CONTENT>$\nfailregex = ^login failed$\n').findings.length, 0);
});
