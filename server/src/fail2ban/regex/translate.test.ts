import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePyRegex } from './pyParse';
import { pyGroups, translatePyRegex, type Translated } from './translate';

function js(src: string, multiline = false): RegExp & { t: Translated } {
  const t = translatePyRegex(src, { multiline });
  assert.ok(t.ok, `${src}: ${!t.ok && t.message}`);
  return Object.assign(new RegExp(t.source, t.flags), { t });
}

test('named groups and backreferences', () => {
  const re = js('(?P<sep>[-/])x(?P=sep)');
  assert.ok(re.test('-x-'));
  assert.ok(!re.test('-x/'));
  assert.equal(re.exec('a/x/')!.groups!.sep, '/');
});

test("Python's $ also matches before a final newline, . excludes only \\n", () => {
  assert.ok(js('^abc$').test('abc\n'));
  assert.ok(!js('^abc$').test('abc\n\n'));
  assert.ok(js('^a.c$').test('a\rc'));
  assert.ok(!js('^a.c$').test('a\nc'));
  assert.ok(js('(?s)^a.c$').test('a\nc'));
});

test('MULTILINE anchors only at \\n (maxlines > 1)', () => {
  const re = js('^b$', true);
  assert.ok(re.test('a\nb\nc\n'));
  assert.ok(!re.test('a\rb\rc'));
});

test('{,n} is {0,n}; a { that is no quantifier is literal', () => {
  assert.ok(js('^a{,2}$').test('aa'));
  assert.ok(!js('^a{,2}$').test('aaa'));
  assert.ok(js('^a{$').test('a{'));
  assert.ok(js('^x{{y}}$').test('x{{y}}'));
});

test('\\A and \\Z', () => {
  assert.ok(js('\\Aab\\Z').test('ab'));
  assert.ok(!js('\\Aab\\Z').test('ab\n'));
});

test('scoped and global inline flags', () => {
  const re = js('^(?i:fail)ed$');
  assert.ok(re.test('FAILed'));
  assert.ok(!re.test('failED'));
  assert.ok(js('(?i)^abc$').test('ABC'));
  assert.ok(js('^x(?i:[a-c]+)y$').test('xAbCy'));
  assert.ok(js('(?x)^ a b  # comment\n c$').test('abc'));
  assert.ok(!translatePyRegex('^(?x)a').ok, 'global flags not at the start');
});

test('conditionals are rewritten with the same acceptance and groups (sshd shape)', () => {
  const re = js("^for (?P<inv>invalid user )?(?P<user>(?P<cu>\\S+)|(?(inv)(?:(?! from ).)*?|[^:]+)) from (?P<ip>\\S+)(?(cu): |(?:(?! from ).)*$)");
  const g = (s: string) => {
    const m = re.exec(s);
    return m ? pyGroups(m, re.t.renames) : undefined;
  };
  assert.deepEqual([g('for root from 1.2.3.4: x')?.user, g('for root from 1.2.3.4: x')?.ip], ['root', '1.2.3.4']);
  assert.deepEqual([g('for invalid user a b from 5.6.7.8 port 1')?.user, g('for invalid user a b from 5.6.7.8 port 1')?.ip], ['a b', '5.6.7.8']);
  assert.equal(g('for a b from 9.9.9.9 x')?.ip, '9.9.9.9');
});

test('atomic groups and possessive quantifiers do not backtrack', () => {
  assert.ok(!js('^(?>a+)ab$').test('aaab'));
  assert.ok(js('^(?:a+)ab$').test('aaab'));
  assert.ok(!js('^a++ab$').test('aaab'));
});

test('errors carry Python\'s message and offset (checked against Python 3.11)', () => {
  const cases: [string, RegExp, number][] = [
    ['ab(cd', /missing \), unterminated subpattern/, 2],
    ['a[bc', /unterminated character set/, 1],
    ['x\\q', /bad escape \\q/, 1],
    ['(?P<a>x)(?P<a>y)', /redefinition of group name 'a'/, 12],
    ['a**', /multiple repeat/, 2],
    ['(?P=nope)', /unknown group name/, 4],
    ['ab)', /unbalanced parenthesis/, 2],
  ];
  for (const [src, msg, off] of cases) {
    const t = translatePyRegex(src);
    assert.ok(!t.ok, src);
    assert.match(t.message, msg, src);
    assert.equal(t.offset, off, src);
  }
});

test('never throws, and what it accepts compiles in JavaScript', () => {
  const alphabet = fc.constantFrom(...'ab()[]{}?*+|^$.\\-:=!<>P0123,dwsSZAx#i '.split(''));
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')), (src) => {
      const t = translatePyRegex(src);
      if (t.ok) new RegExp(t.source, t.flags);
      const p = parsePyRegex(src);
      assert.equal(typeof p.ok, 'boolean');
    }),
    { numRuns: 3000 },
  );
});
