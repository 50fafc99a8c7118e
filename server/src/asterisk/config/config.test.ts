import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../engine/fs';
import { buildConfig } from './effective';
import { firstSection, isFalse, isTrue, lastVar, positionInValue, value } from './query';
import type { AsteriskConfig } from './types';

function build(text: string, files: Record<string, string> = {}, file = '/etc/asterisk/t.conf', etcDir = ''): AsteriskConfig {
  return buildConfig({ file, text, fs: new MemoryFileSystem({ ...files, [file]: text }), etcDir });
}

function dump(m: AsteriskConfig): string[] {
  return m.sections.map((s) => `${s.name}${s.template ? '!' : ''}: ${s.variables.map((v) => `${v.name}=${v.value}`).join(' ')}`);
}

test('comment pass matches config.c (escapes, block comments, ;---- and the stray --; quirk)', () => {
  const m = build(['[general]', 'a=1 ; comment', 'secret=ab\\;cd', 'b=2 ;-- block start', 'inside=1', 'still --; c=3',
    ';---- not a block ----', 'd=4', 'secret=abc--;old', 'e=5', 'f=6', ';-- reopen', 'g=7'].join('\n'));
  assert.deepEqual(dump(m), ['general: a=1 secret=ab;cd b=2 c=3 d=4 secret=abc--;old g=7']);
  assert.deepEqual(m.problems.map((p) => `${p.code}@${p.range.start.line}:${p.range.start.character}`), ['AST005@8:10']);
});

test('nested block comments and an unterminated one', () => {
  const m = build('[s]\n;-- a ;-- b --; still --; x=1\ny=2 ;-- open\nz=3\n');
  assert.deepEqual(dump(m), ['s: x=1 y=2']);
  assert.deepEqual(m.problems.map((p) => p.code), ['AST005']);
  assert.equal(m.problems[0].range.start.line, 2);
});

test('headers: templates, inheritance order, (+), += and space before options', () => {
  const m = build(['[tpl](!)', 'k=fromtpl', 'permit=1.2.3.4', '[a] (tpl)', 'own=1', '[b](tpl)', 'own=2', 'k=abc', 'k+=def', 'k += ghi',
    'permit=5.6.7.8', '[b](+)', 'added=1'].join('\n'));
  assert.deepEqual(dump(m), ['tpl!: k=fromtpl permit=1.2.3.4', 'a: own=1', 'b: k=fromtpl permit=1.2.3.4 own=2 k=abcdef ghi permit=5.6.7.8 added=1']);
  const b = firstSection(m, 'B')!;
  assert.equal(value(b, 'K'), 'abcdef ghi');
  assert.equal(lastVar(b, 'k')!.parts.length, 3);
  assert.equal(b.variables[0].inheritedFrom?.name, 'tpl');
  assert.equal(b.variables[b.variables.length - 1].addedBy?.header.line, 11);
  assert.deepEqual(m.problems.map((p) => `${p.code}${p.fatal ? '!' : ''}`), ['AST002']);
  assert.equal(m.invalid, false);
});

test('bases must be defined earlier; whitespace inside the option list is fatal', () => {
  const m = build('[a](later)\nx=1\n[later]\n[c](!, later)\n');
  assert.deepEqual(m.problems.map((p) => `${p.code}${p.fatal ? '!' : ''}@${p.range.start.line}:${p.range.start.character}`), ['AST002!@3:6', 'AST003!@0:4']);
  assert.equal(m.invalid, true);
});

test('(+filter) picks the section whose variables match; bare (+) the first of that name', () => {
  const m = build(['[101]', 'type=endpoint', '[101]', 'type=aor', '[101](+type=aor)', 'max_contacts=1', '[101](+)', 'context=x'].join('\n'));
  assert.deepEqual(dump(m), ['101: type=endpoint context=x', '101: type=aor max_contacts=1']);
});

test('variable lines: first = splits, =>, leading \\ escape, no = and no name', () => {
  const m = build('[s]\nsetvar=FOO=bar\nexten => 1,1,NoOp()\n\\[odd=1\nnoequals\n=novalue\ncallerid="Bob" <100>\n');
  assert.deepEqual(dump(m), ['s: setvar=FOO=bar exten=1,1,NoOp() [odd=1 callerid="Bob" <100>']);
  assert.deepEqual(m.problems.map((p) => `${p.code}@${p.range.start.line}`), ['AST001@4', 'AST001@5']);
  const exten = m.sections[0].variables[1];
  assert.equal(exten.op, '=>');
  assert.deepEqual(exten.stmt.nameRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
  assert.deepEqual(exten.stmt.valueRange, { start: { line: 2, character: 9 }, end: { line: 2, character: 19 } });
});

test('value positions follow \\; unescaping', () => {
  const m = build('[s]\n  secret = ab\\;cd ; note\n');
  const v = lastVar(m.sections[0], 'secret')!;
  assert.equal(v.value, 'ab;cd');
  assert.deepEqual(v.stmt.valueRange, { start: { line: 1, character: 11 }, end: { line: 1, character: 17 } });
  assert.deepEqual(positionInValue(v, 3).position, { line: 1, character: 15 });
});

test('key before any section is fatal; missing ] is fatal', () => {
  assert.deepEqual(build('x=1\n[s]\n').problems.map((p) => p.code), ['AST004']);
  const m = build('[broken\nx=1\n');
  assert.deepEqual(m.problems.map((p) => p.code), ['AST001', 'AST004']);
  assert.equal(m.invalid, true);
});

test('#include continues the current section, resolves against the etc dir, globs in order; missing include is fatal; #tryinclude is not', () => {
  const files = {
    '/etc/asterisk/child.conf': 'fromchild=1\n[c2]\ny=2\n',
    '/etc/asterisk/pjsip.d/b.conf': '[b]\n',
    '/etc/asterisk/pjsip.d/a.conf': '[a]\n',
  };
  const m = build('[s]\n#include "child.conf"\n#include pjsip.d/*.conf\n#tryinclude nothere.conf\n', files, '/work/ws/t.conf', '/etc/asterisk');
  assert.deepEqual(dump(m), ['s: fromchild=1', 'c2: y=2', 'a: ', 'b: ']);
  assert.equal(m.sections[1].file, '/etc/asterisk/child.conf');
  assert.deepEqual(m.includes.map((i) => i.targets.length), [1, 2, 0]);
  assert.deepEqual(m.problems, []);
  const bad = build('[s]\n#include nothere.conf\n');
  assert.deepEqual(bad.problems.map((p) => `${p.code}${p.fatal ? '!' : ''}@${p.range.start.line}:${p.range.start.character}`), ['AST006!@1:9']);
});

test('include cycles and brace globs do not loop', () => {
  const files = { '/etc/asterisk/a.conf': '#include b.conf\n', '/etc/asterisk/b.conf': '#include a.conf\nk=1\n', '/etc/asterisk/x1.conf': '[x1]\n', '/etc/asterisk/x2.conf': '[x2]\n' };
  const m = build('[s]\n#include a.conf\n#include x{2,1}.conf\n', files);
  assert.deepEqual(dump(m), ['s: k=1', 'x2: ', 'x1: ']);
  assert.deepEqual(m.problems.map((p) => p.code), ['AST006']);
});

test('#exec and unknown directives are reported, not followed', () => {
  const m = build('[s]\n#exec /bin/echo y=2\n#bogus foo\n#include\n');
  assert.deepEqual(m.problems.map((p) => p.code), ['AST007', 'AST001', 'AST001']);
  assert.equal(m.invalid, false);
});

test('booleans as ast_true/ast_false read them', () => {
  for (const t of ['yes', 'TRUE', 'y', 't', '1', 'on']) assert.ok(isTrue(t), t);
  for (const f of ['no', 'False', 'n', 'f', '0', 'off']) assert.ok(isFalse(f), f);
  assert.ok(!isTrue('enabled') && !isFalse('enabled'));
});

test('CRLF files and a BOM parse like LF files', () => {
  const m = build('\uFEFF[s]\r\na = 1\r\n');
  assert.deepEqual(dump(m), ['s: a=1']);
  assert.deepEqual(m.sections[0].header.nameRange, { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } });
});
