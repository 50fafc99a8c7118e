import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines } from '../../engine/text';
import { MemoryFileSystem } from '../../engine/fs';
import { parseIni, type Span } from './ini';
import { resolveFilter } from './filter';
import { resolveJails } from './jail';

test('configparser flavour: ; only after whitespace, # never inline, comment lines vanish inside values, blank lines kept', () => {
  const ini = parseIni('/f.conf', '[Definition]\nFailRegex : ^A <HOST> # x\n  ^B <HOST> ;c\n  ^C;kept\n  # gone\n\n  ^D\t\n[Init]\nk=v\n');
  const [def, init] = ini.sections;
  const o = def.options[0];
  assert.equal(o.key, 'failregex');
  assert.equal(o.rawKey, 'FailRegex');
  assert.equal(o.delimiter, ':');
  assert.equal(o.value, '^A <HOST> # x\n^B <HOST>\n^C;kept\n\n^D');
  assert.deepEqual(o.lines.map((l) => [l.line, l.start, l.end]), [[1, 12, 25], [2, 2, 11], [3, 2, 9], [5, 0, 0], [6, 2, 4]]);
  assert.equal(init.options[0].value, 'v');
  assert.equal(ini.problems.length, 0);
  assert.equal(ini.firstHeaderLine, 0);
});

test('a less-indented line ends a value; a continuation starting with [ is not a header', () => {
  const ini = parseIni('/f.conf', '[a]\n  k = 1\n    [x]\n  j = 2\n');
  assert.equal(ini.sections.length, 1);
  assert.equal(ini.sections[0].options[0].value, '1\n[x]');
  assert.equal(ini.sections[0].options[1].key, 'j');
});

test('problems: option before section, unparsable, duplicates; the reader recovers on the next line', () => {
  const ini = parseIni('/f.conf', 'x = 1\n[a]\nk = 1\nnonsense\nK = 2\n[a]\n[DEFAULT]\n[DEFAULT]\n');
  assert.deepEqual(ini.problems.map((p) => `${p.kind}@${p.span.line}`), ['option-before-section@0', 'unparsable@3', 'duplicate-option@4', 'duplicate-section@5']);
});

function inside(lines: string[], s: Span): boolean {
  return s.line >= 0 && s.line < lines.length && s.start >= 0 && s.start <= s.end && s.end <= lines[s.line].length;
}

const configText = fc
  .array(
    fc.oneof(
      fc.constantFrom('[DEFAULT]', '[Definition]', '[Init]', '[INCLUDES]', '[a?family=inet6]', 'before = x.conf', 'failregex = ^<HOST> %(x)s <y>', '  cont', '# c', '; c', '', 'x = %(y)s', 'y = <x>%', 'k: v ; c', '\t\tz', '%(', '<<a>>', 'a = %(known/a)s', 'filter = a[b="c", d=e]'),
      fc.string(),
    ),
    { maxLength: 30 },
  )
  .chain((ls) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => ls.join(eol)));

test('property: the reader never throws and every range lies inside the document', () => {
  fc.assert(
    fc.property(configText, (text) => {
      const ini = parseIni('/p/filter.d/t.conf', text);
      const lines = splitLines(text).map((l) => l.text);
      for (const s of ini.sections) {
        assert.ok(inside(lines, s.headerSpan) && inside(lines, s.nameSpan));
        for (const o of s.options) {
          assert.ok(inside(lines, o.keySpan));
          for (const l of o.lines) assert.ok(inside(lines, l));
          for (const h of o.hashComments) assert.ok(inside(lines, h));
        }
      }
      for (const p of ini.problems) assert.ok(inside(lines, p.span));
      const fs = new MemoryFileSystem({ '/p/filter.d/t.conf': text, '/p/jail.local': text });
      const f = resolveFilter('t', {}, { dirs: { fs, bases: ['/p'] }, version: '1.1' });
      for (const r of f?.failregex ?? []) assert.equal(r.map.locs.length, r.text.length);
      for (const j of resolveJails({ dirs: { fs, bases: ['/p'] }, version: '1.0' }).jails) {
        for (const k of j.keys()) j.get(k);
        j.actions();
        j.filter();
      }
    }),
    { numRuns: 300 },
  );
});

test('Python whitespace: a BOM is not skipped (fail2ban refuses the file), the rest is still read', () => {
  const ini = parseIni('/f.conf', '\ufeff[Definition]\nfailregex = ^<HOST>\n');
  assert.equal(ini.problems[0].kind, 'unparsable');
  assert.match(ini.problems[0].message, /byte-order mark/);
  assert.equal(ini.sections[0].options[0].value, '^<HOST>');
  assert.equal(ini.problems.length, 1);
});
