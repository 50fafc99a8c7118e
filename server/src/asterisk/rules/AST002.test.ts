import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST002 fires on a space before the options and removes it safely', () => {
  const text = '[phone](!)\ntype=friend\n[1000] (phone) ; desk\n';
  const f = run('AST002', 'sip.conf', text);
  assert.deepEqual(at(f), ['3:7']);
  assert.equal(f[0].fixes[0].kind, 'safe');
  assert.equal(applyFix(f[0], text), '[phone](!)\ntype=friend\n[1000](phone) ; desk\n');
});

test('AST002 fires on whitespace inside the option list and trims it', () => {
  const text = '[tpl](!)\n[c](!, tpl)\n';
  const f = run('AST002', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:7']);
  assert.equal(applyFix(f[0], text), '[tpl](!)\n[c](!,tpl)\n');
});

test('AST002 is silent on well-formed headers', () => {
  assert.deepEqual(run('AST002', 'sip.conf', '[tpl](!)\n[c](!,tpl) trailing words are ignored\n[d]\n'), []);
});
