import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { onFilter, underlined } from './filterTestkit';
import { BASE } from './testkit';

test('F2B201 points at the unbalanced parenthesis in the filter file', () => {
  const { text, findings } = onFilter('F2B201', "failregex = ^Login failed from <HOST> (user '\\S+'$\n");
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'error');
  assert.equal(findings[0].range.start.line, 2);
  assert.equal(underlined(text, findings[0]), '(');
  assert.match(findings[0].message, /missing \), unterminated subpattern/);
  assert.equal(findings[0].fixes.length, 0);
});

test('F2B201 maps a column after a <HOST> tag back to the written text (second failregex line, bad escape)', () => {
  const { text, findings } = onFilter('F2B201', "failregex = ^ok <HOST>$\n            ^Bad <HOST> \\q here$\n");
  assert.equal(findings.length, 1);
  assert.equal(findings[0].range.start.line, 3);
  assert.equal(underlined(text, findings[0]), '\\');
  assert.match(findings[0].message, /failregex 2/);
});

test('F2B201 reports an error coming through %(...)s at the definition the user wrote', () => {
  const { text, findings } = onFilter('F2B201', "_pre = (bad\nfailregex = ^%(_pre)s <HOST>$\n");
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /unterminated subpattern/);
  assert.equal(underlined(text, findings[0]), '(');
  assert.equal(findings[0].range.start.line, 2);
});

test('F2B201 is silent on valid regexes, Python-only syntax included, and on files it does not own', () => {
  assert.equal(onFilter('F2B201', "failregex = ^(?P<x>a)?(?(x)b|c) from <HOST>\\s{,3}$\n             ^(?i:fail) <HOST>$\n").findings.length, 0);
  const common = { [`${BASE}/filter.d/common.conf`]: '[DEFAULT]\n_bad = (\n' };
  assert.equal(onFilter('F2B201', '[INCLUDES]\nbefore = common.conf\n[Definition]\nfailregex = ^ok <HOST>$\n', common).findings.length, 0);
});
