import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { onFilter, underlined } from './filterTestkit';

test('F2B203 flags a greedy .* before <HOST> without an end anchor (fail2ban\'s own lint)', () => {
  const { text, findings } = onFilter('F2B203', 'failregex = ^Auth failure .* from <HOST> port \\d+\n');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'warning');
  assert.equal(underlined(text, findings[0]), '.*');
});

test('F2B203 is silent when the regex is anchored with $, lazy, or narrowed', () => {
  assert.equal(onFilter('F2B203', 'failregex = ^Auth failure .* from <HOST>$\n').findings.length, 0);
  assert.equal(onFilter('F2B203', 'failregex = ^Auth failure .*? from <HOST> port \\d+\n').findings.length, 0);
  assert.equal(onFilter('F2B203', "failregex = ^Auth failure [^']* from <HOST> port \\d+\n").findings.length, 0);
});
