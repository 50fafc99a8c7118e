import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LanguagePlugin, Rule } from '../../../server/src/engine/rule';
import { checkAll, ids } from '../../../server/src/engine/testing';
import { lineRange } from '../../../server/src/engine/types';

/**
 * The engine core's mechanics (severities, suppressions, rule failures) on a minimal line-based
 * language, so these tests do not depend on any language room's parser.
 */
type Lines = string[];
const badWord: Rule<Lines> = {
  meta: { id: 'AST990', slug: 'bad-word', severity: 'warning', title: 'a line says BAD' },
  check: (lines) => lines.flatMap((l, i) => (l.includes('BAD') ? [{ message: 'BAD here', range: lineRange(i, l.indexOf('BAD'), l.indexOf('BAD') + 3) }] : [])),
};
const worse: Rule<Lines> = {
  meta: { id: 'AST991', slug: 'worse-word', severity: 'info', title: 'a line says WORSE' },
  check: (lines) => lines.flatMap((l, i) => (l.includes('WORSE') ? [{ message: 'WORSE', range: lineRange(i, 0, l.length), severity: 'error' as const }] : [])),
};
const crashing: Rule<Lines> = {
  meta: { id: 'AST992', slug: 'crashing', severity: 'warning', title: 'throws on CRASH' },
  check: (lines) => {
    if (lines.some((l) => l.includes('CRASH'))) throw new Error('boom');
    return [];
  },
};
const plugin: LanguagePlugin<Lines> = {
  name: 'lines',
  commentPrefixes: [';'],
  handles: (doc) => doc.language === 'asterisk-conf',
  parse: (doc) => doc.text.split('\n'),
  rules: [badWord, worse, crashing],
  fileSuppressionLimit: (lines) => {
    const i = lines.findIndex((l) => l.startsWith('['));
    return i === -1 ? undefined : i;
  },
};
const run = (text: string, settings?: unknown) => checkAll([plugin], '/etc/asterisk/test.conf', text, { settings });
const shown = (text: string, settings?: unknown) => run(text, settings).filter((f) => !f.suppressed);

test('rules report with their metadata; case-specific severity is kept', () => {
  const f = shown('[a]\nx=BAD\ny=WORSE');
  assert.deepEqual(ids(f), ['AST990@2:3', 'AST991@3:1']);
  assert.equal(f[0].slug, 'bad-word');
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[1].severity, 'error');
  assert.equal(f[0].file, '/etc/asterisk/test.conf');
});

test('severity overrides by id or slug, and off', () => {
  assert.equal(shown('[a]\nx=BAD', { rules: { AST990: 'error' } })[0].severity, 'error');
  assert.equal(shown('[a]\nx=BAD', { rules: { 'bad-word': 'hint' } })[0].severity, 'hint');
  assert.deepEqual(shown('[a]\nx=BAD', { rules: { AST990: 'off' } }), []);
  assert.equal(shown('[a]\ny=WORSE', { rules: { AST991: 'warning' } })[0].severity, 'warning');
  assert.deepEqual(shown('[a]\nx=BAD', { enable: false }), []);
});

test('a line suppression covers the next line only, by id or slug, with a reason', () => {
  const text = '[a]\n; asterisk-harden disable=AST990 our lab box\nx=BAD\nz=BAD';
  const all = run(text);
  assert.deepEqual(ids(all.filter((f) => f.suppressed)), ['AST990@3:3']);
  assert.deepEqual(ids(all.filter((f) => !f.suppressed)), ['AST990@4:3']);
  assert.deepEqual(ids(shown('[a]\n; asterisk-harden disable=bad-word\nx=BAD')), []);
});

test('stacked suppressions all cover the first non-suppression line', () => {
  assert.deepEqual(ids(shown('[a]\n; asterisk-harden disable=AST990\n; asterisk-harden disable=AST991\nx=BAD WORSE')), []);
  assert.deepEqual(ids(shown('[a]\n; asterisk-harden disable=AST990,AST991\nx=BAD WORSE')), []);
});

test('disable-file before the first section covers the file; after it, it is reported unused', () => {
  assert.deepEqual(ids(shown('; asterisk-harden disable-file=AST990\n[a]\nx=BAD\ny=BAD')), []);
  const late = shown('[a]\n; asterisk-harden disable-file=AST990\nx=BAD');
  assert.deepEqual(ids(late), ['AH002@2:32', 'AST990@3:3']);
  assert.match(late[0].message, /before the first section/);
});

test('an unknown rule name and a suppression that covers nothing are info findings', () => {
  const f = shown('[a]\n; asterisk-harden disable=AST000,AST990\nx=fine');
  assert.deepEqual(ids(f), ['AH001@2:27', 'AH002@2:34']);
  assert.ok(f.every((x) => x.severity === 'info'));
  assert.match(f[0].message, /"AST000" is not a rule id or slug/);
  // An unused suppression of a rule that is turned off is not reported.
  assert.deepEqual(ids(shown('[a]\n; asterisk-harden disable=AST990\nx=fine', { rules: { AST990: 'off' } })), []);
});

test('the suppression comment must use the language comment character', () => {
  assert.deepEqual(ids(shown('[a]\n# asterisk-harden disable=AST990\nx=BAD')), ['AST990@3:3']);
});

test('a rule that throws becomes an AH003 finding and the other rules still run', () => {
  const f = shown('[a]\nCRASH BAD');
  assert.deepEqual(ids(f), ['AH003@1:1', 'AST990@2:7']);
  assert.match(f[0].message, /internal error in rule AST992: boom/);
});
