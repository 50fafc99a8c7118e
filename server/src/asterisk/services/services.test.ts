import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from '../../engine/analyze';
import { MemoryFileSystem } from '../../engine/fs';
import type { AnalysisContext, ParsedFile } from '../../engine/rule';
import { resolveSettings } from '../../engine/settings';
import type { AsteriskModel } from '../model';
import { asteriskPlugin } from '../plugin';
import { completion } from './completion';
import { describeSecret, hover } from './hover';
import { definition, folding, symbols } from './symbols';

function open(name: string, text: string, files: Record<string, string> = {}): { file: ParsedFile<AsteriskModel>; ctx: AnalysisContext } {
  const engine = new Engine([asteriskPlugin]);
  const path = `/etc/asterisk/${name}`;
  const ctx = engine.createContext(resolveSettings({}), new MemoryFileSystem({ ...files, [path]: text }));
  const file = engine.parse({ file: path, language: 'asterisk-conf', text }, ctx) as ParsedFile<AsteriskModel>;
  return { file, ctx };
}

test('hover explains an option with its default, recommended value and versions', () => {
  const { file, ctx } = open('sip.conf', '[general]\nallowguest=yes\nallowguest=no\n');
  const h = hover(file, { line: 1, character: 3 }, ctx)!;
  assert.match(h.contents, /\*\*allowguest\*\* \(bool\)/);
  assert.match(h.contents, /Default: `yes`/);
  assert.match(h.contents, /Recommended: `no`/);
  assert.match(h.contents, /up to Asterisk 20/);
  assert.match(h.contents, /Overridden later in \[general\] \(line 3\)/);
  assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } });
});

test('hover on a secret describes it without showing it', () => {
  const { file, ctx } = open('pjsip.conf', '[a]\ntype=auth\npassword=hunter2hunter\n');
  const h = hover(file, { line: 2, character: 12 }, ctx)!;
  assert.equal(h.contents, '**password**: 13 characters, lower-case letters, digits.');
  assert.equal(describeSecret('123456'), '6 characters, digits only');
});

test('hover on a template name and on a header', () => {
  const { file, ctx } = open('sip.conf', '[phone](!)\ntype=friend\n[1000](phone)\nsecret=x\n');
  assert.match(hover(file, { line: 2, character: 8 }, ctx)!.contents, /\*\*\[phone\]\*\* \(template\) — 1 setting\(s\) copied here, defined at line 1/);
  assert.match(hover(file, { line: 0, character: 2 }, ctx)!.contents, /template: modules never see it/);
});

test('completion offers options for the section type, values, references and templates', () => {
  const text = '[t]\ntype=transport\n[a]\ntype=auth\n[7000]\ntype=endpoint\n\nauth=\nallow_unauthenticated_options=\n[x](\n';
  const { file, ctx } = open('pjsip.conf', text);
  const names = completion(file, { line: 6, character: 0 }, ctx).map((c) => c.label);
  assert.ok(names.includes('allow_unauthenticated_options') && names.includes('context'));
  assert.ok(!names.includes('verify_server'), 'transport options stay out of an endpoint');
  assert.deepEqual(completion(file, { line: 7, character: 5 }, ctx).map((c) => c.label), ['a']);
  assert.deepEqual(completion(file, { line: 8, character: 30 }, ctx).map((c) => c.label), ['yes', 'no']);
  const tpl = completion(file, { line: 9, character: 4 }, ctx).map((c) => c.label);
  assert.ok(tpl.includes('!') && tpl.includes('7000') && !tpl.includes('x'));
  const item = completion(file, { line: 6, character: 0 }, ctx).find((c) => c.label === 'media_encryption')!;
  assert.equal(item.insertText, 'media_encryption=');
  assert.equal(item.snippet, 'media_encryption=${1|no,sdes,dtls|}');
});

test('completion in a pjsip aor offers aor options with their defaults, not endpoint ones', () => {
  const { file, ctx } = open('pjsip.conf', '[7000]\ntype=aor\n\n');
  const items = completion(file, { line: 2, character: 0 }, ctx);
  const q = items.find((c) => c.label === 'qualify_frequency');
  assert.ok(q, 'qualify_frequency offered');
  assert.match(q!.detail ?? '', /default 0/);
  assert.ok(items.some((c) => c.label === 'max_contacts'));
  assert.ok(!items.some((c) => c.label === 'media_encryption'));
});

test('completion offers contexts from extensions.conf', () => {
  const { file, ctx } = open('sip.conf', '[general]\ncontext=\n', { '/etc/asterisk/extensions.conf': '[general]\n[public]\n[internal]\n' });
  assert.deepEqual(completion(file, { line: 1, character: 8 }, ctx).map((c) => c.label), ['public', 'internal']);
});

test('symbols list sections with their options, secrets hidden; folding covers sections and block comments', () => {
  const { file } = open('sip.conf', '[general]\nallowguest=no\n\n;-- a\nb\n--;\n[p]\nsecret=abc\n');
  const syms = symbols(file);
  assert.deepEqual(syms.map((s) => [s.name, s.range.start.line, s.range.end.line]), [['general', 0, 5], ['p', 6, 7]]);
  assert.equal(syms[1].children![0].detail, '');
  assert.deepEqual(folding(file), [{ startLine: 0, endLine: 5, kind: 'region' }, { startLine: 6, endLine: 7, kind: 'region' }, { startLine: 3, endLine: 5, kind: 'comment' }]);
});

test('definition jumps to templates, included files and pjsip references', () => {
  const files = { '/etc/asterisk/pjsip.d/x.conf': '[x]\ntype=aor\n' };
  const { file, ctx } = open('pjsip.conf', '[ep](!)\n[7000](ep)\ntype=endpoint\naors=x,7000\n[7000]\ntype=aor\n#include pjsip.d/*.conf\n', files);
  assert.deepEqual(definition(file, { line: 1, character: 8 }, ctx), [{ file: '/etc/asterisk/pjsip.conf', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } } }]);
  assert.deepEqual(definition(file, { line: 3, character: 8 }, ctx).map((l) => [l.file, l.range.start.line]), [['/etc/asterisk/pjsip.conf', 4]]);
  assert.deepEqual(definition(file, { line: 3, character: 5 }, ctx).map((l) => l.file), ['/etc/asterisk/pjsip.d/x.conf']);
  assert.deepEqual(definition(file, { line: 6, character: 12 }, ctx).map((l) => l.file), ['/etc/asterisk/pjsip.d/x.conf']);
});
