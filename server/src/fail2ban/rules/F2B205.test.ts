import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { onFilter, underlined } from './filterTestkit';

test('F2B205 flags the second host tag (and F2B201 stays silent on it)', () => {
  const body = 'failregex = ^relay <HOST> via <HOST>$\n';
  const { text, findings } = onFilter('F2B205', body);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'error');
  assert.equal(underlined(text, findings[0]), '<HOST>');
  assert.equal(findings[0].range.start.character, text.split('\n')[2].lastIndexOf('<HOST>'));
  assert.equal(onFilter('F2B201', body).findings.length, 0);
});

test('F2B205 is silent for <IP4> with <IP6>, and <ADDR>/<CIDR>', () => {
  assert.equal(onFilter('F2B205', 'failregex = ^a <IP4> b <IP6>$\n').findings.length, 0);
  assert.equal(onFilter('F2B205', 'failregex = ^a <ADDR>/<CIDR>$\n').findings.length, 0);
});
