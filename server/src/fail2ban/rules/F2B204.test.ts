import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { onFilter, underlined } from './filterTestkit';

test('F2B204 flags a repetition of a body that splits many ways, at the outer quantifier', () => {
  const { text, findings } = onFilter('F2B204', 'failregex = ^user (\\S+\\s*)+ from <HOST>$\n');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'warning');
  assert.equal(underlined(text, findings[0]), '+');
  assert.equal(text.split('\n')[2].indexOf(')+') + 1, findings[0].range.start.character);
});

test('F2B204 is silent when a fixed character separates the repetitions (asterisk\'s SecurityEvent regex)', () => {
  assert.equal(onFilter('F2B204', 'failregex = ^SecurityEvent="x"(?:,\\w+="[^"]*")*,RemoteAddress="<HOST>"$\n').findings.length, 0);
  assert.equal(onFilter('F2B204', 'failregex = ^(?:[\\w\\-]+\\s+)*<HOST> relay$\n').findings.length, 0);
  assert.equal(onFilter('F2B204', 'failregex = ^a(?:, arg\\d+=\\S*)*, relay=<HOST>$\n').findings.length, 0);
});
