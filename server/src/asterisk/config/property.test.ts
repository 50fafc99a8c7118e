import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MemoryFileSystem } from '../../engine/fs';
import { checkAll } from '../../engine/testing';
import { LineIndex } from '../../engine/text';
import { asteriskPlugin } from '../plugin';
import type { Range } from '../../engine/types';
import { buildConfig } from './effective';
import { parseConfigSyntax } from './fileSyntax';
import { newCommentState } from './comments';
import { parseLine, parsePlainLine } from './syntax';

const ALPHABET = ['[', ']', '(', ')', '!', '+', ',', ';', '-', '\\', '=', '>', '#', ' ', '\t', '\n', '\r\n', '\r', 'a', 'b', 'x', '1', 'include ', 'é', '😀', '"', '<', '&', '\uFEFF'];

function inside(lines: LineIndex, r: Range): boolean {
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.lineText(p.line).length;
  return ok(r.start) && ok(r.end) && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
}

test('the parser never throws and every range lies inside the document', () => {
  const file = '/etc/asterisk/p.conf';
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 120 }), fc.string({ maxLength: 30 }), (parts, noise) => {
      const text = parts.join('') + noise;
      const fs = new MemoryFileSystem({ [file]: text, '/etc/asterisk/a.conf': 'k=1\n[a](!)\n' });
      const m = buildConfig({ file, text, fs });
      const lines = new LineIndex(text);
      const ranges: Range[] = [];
      for (const s of m.syntax.statements) {
        ranges.push(s.range);
        if (s.kind === 'header') {
          ranges.push(s.nameRange, ...s.bases.map((b) => b.range));
          if (s.options) ranges.push(s.options.range);
          if (s.addition) ranges.push(s.addition.range);
          if (s.spaceBeforeOptions) ranges.push(s.spaceBeforeOptions);
        } else if (s.kind === 'variable') ranges.push(s.nameRange, s.opRange, s.valueRange);
        else {
          ranges.push(s.nameRange);
          if (s.argumentRange) ranges.push(s.argumentRange);
        }
      }
      for (const c of m.syntax.comments) ranges.push(c.range);
      for (const p of m.problems) if (p.file === file) ranges.push(p.range);
      for (const s of m.sections) for (const v of s.variables) for (const p of v.parts) if (p.file === file) ranges.push(p.range);
      for (const r of ranges) assert.ok(inside(lines, r), JSON.stringify({ r, text }));
    }),
    { numRuns: 400 },
  );
});

const KEYS = ['allowguest', 'alwaysauthreject', 'type', 'permit', 'deny', 'auth', 'bind', 'protocol', 'secret', 'password', 'enabled', 'bindaddr', 'write', 'insecure', 'nat', 'host', 'context', 'security.log', 'exten', 'acl', 'method', 'cipher', 'identify_by', 'endpoint'];
const VALUES = ['yes', 'no', 'endpoint', 'transport', 'auth', 'tls', '0.0.0.0/0.0.0.0', '::/0', 'invite', 'dynamic', 'all', 'security', 'a;b', '', '[::]:5060', 'x,y'];

test('every rule runs on random configurations without an internal error, ranges inside the document', () => {
  const line = fc.oneof(
    fc.constantFrom('[general]', '[a](!)', '[b](a)', '[b](+)', '[logfiles]', '[options]', '[x] (a)', ';-- c', '--;', '#include nothere.conf', ''),
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('=', '=>', '+=', ' = '), fc.constantFrom(...VALUES)).map(([k, o, v]) => `${k}${o}${v}`),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('sip.conf', 'pjsip.conf', 'manager.conf', 'logger.conf', 'iax.conf', 'http.conf', 'ari.conf', 'asterisk.conf', 'pjsip_wizard.conf'), (lines, name) => {
      const text = lines.join('\n');
      const file = `/etc/asterisk/${name}`;
      const idx = new LineIndex(text);
      for (const f of checkAll([asteriskPlugin], file, text, { language: 'asterisk-conf' })) {
        assert.notEqual(f.ruleId, 'AH003', f.message);
        if (f.file === file) assert.ok(inside(idx, f.range), JSON.stringify({ f, text }));
      }
    }),
    { numRuns: 300 },
  );
});

test('incremental re-parsing after an edit gives exactly the result of a fresh parse', () => {
  const lineArb = fc.array(fc.constantFrom(...ALPHABET, 'k=v', '[s]', ';-- ', ' --;', '\n', '\n', '\n'), { maxLength: 8 }).map((p) => p.join(''));
  let n = 0;
  fc.assert(
    fc.property(fc.array(lineArb, { maxLength: 30 }), fc.nat(), fc.nat({ max: 3 }), lineArb, (lines, at, removed, inserted) => {
      const before = lines.join('\n');
      const cut = lines.length ? at % lines.length : 0;
      const after = [...lines.slice(0, cut), inserted, ...lines.slice(cut + removed)].join('\n');
      const id = `/inc/${n++}.conf`;
      parseConfigSyntax(id, before);
      const incremental = parseConfigSyntax(id, after);
      const fresh = parseConfigSyntax(`/fresh/${n}.conf`, after);
      assert.deepEqual(JSON.parse(JSON.stringify({ ...incremental, file: '' }).split(id).join('F')), JSON.parse(JSON.stringify({ ...fresh, file: '' }).split(`/fresh/${n}.conf`).join('F')));
    }),
    { numRuns: 400 },
  );
});

test('the fast path for plain key=value lines gives exactly what the general line parser gives', () => {
  const LINE = ['=', '+', '>', ' ', '\t', '\v', 'a', 'B', 'x', '1', '[', '#', '\\', ';', '-', 'é', '😀', '"'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINE), { maxLength: 24 }), fc.integer({ min: 0, max: 3 }), (parts, line) => {
      const src = parts.join('');
      const fast = parsePlainLine(src, line, newCommentState());
      if (fast === null) return;
      const full = parseLine('/f.conf', src, line, newCommentState());
      assert.deepEqual(full.problems, [], src);
      assert.deepEqual(JSON.parse(JSON.stringify(fast ?? null)), JSON.parse(JSON.stringify(full.stmt ?? null)), src);
    }),
    { numRuns: 3000 },
  );
});

test('incremental re-parsing of a file of several text blocks (unchanged lines found a block at a time) matches a fresh parse', () => {
  // ~20 KB: the common prefix and suffix are compared in 4 KB blocks, then character by character.
  const base = Array.from({ length: 600 }, (_, i) => (i % 50 === 0 ? `[c${i}]` : ` same => n,Set(V${i}=x) ; note ${i}`));
  const edit = fc.record({ at: fc.nat({ max: 599 }), removed: fc.nat({ max: 2 }), inserted: fc.array(fc.constantFrom('k=v', ';-- open', 'close --;', '[new]', '', 'a=b\\;c'), { maxLength: 2 }) });
  let n = 0;
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('\n', '\r\n', '\r'), (edits, sep, sepAfter) => {
      const lines = [...base];
      for (const e of edits) lines.splice(e.at, e.removed, ...e.inserted);
      const after = lines.join(sep === sepAfter || n % 4 ? sep : sepAfter);
      const id = `/blocks/${n++}.conf`;
      parseConfigSyntax(id, base.join(sep));
      const incremental = parseConfigSyntax(id, after);
      const fresh = parseConfigSyntax(`/blocks-fresh/${n}.conf`, after);
      assert.deepEqual(JSON.parse(JSON.stringify({ ...incremental, file: '' }).split(id).join('F')), JSON.parse(JSON.stringify({ ...fresh, file: '' }).split(`/blocks-fresh/${n}.conf`).join('F')));
    }),
    { numRuns: 60 },
  );
});
