import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { onFilter, underlined } from './filterTestkit';

test('F2B207 flags a failregex not anchored at ^, at its first character', () => {
  const { text, findings } = onFilter('F2B207', 'failregex = Login failed from <HOST>\n');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'info');
  assert.equal(underlined(text, findings[0]), 'L');
});

test('F2B207 is silent for ^, \\A and inline flags before ^', () => {
  for (const r of ['^Login failed from <HOST>', '\\ALogin <HOST>', '(?i)^login <HOST>']) assert.equal(onFilter('F2B207', `failregex = ${r}\n`).findings.length, 0, r);
});
