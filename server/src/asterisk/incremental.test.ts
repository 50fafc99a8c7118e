import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfigSyntax } from './config/syntax';
import { forgetSyntax, parseSyntaxReusing } from './incremental';
import { buildConfigReusing, forgetConfigs } from './incrementalBuild';
import { buildConfig } from './config/effective';
import { MemoryFileSystem } from '../engine/fs';

const FILE = '/etc/asterisk/extensions.conf';

test('property: re-parsing after an edit equals a full parse', () => {
  const line = fc.array(fc.constantFrom('[a]', '[b](!)', '[c](a)', 'exten => 1,1,NoOp()', 'x=1', 'y => 2', '; c', ';--', '--;', '\\;', '#include x.conf', 'bad line', ' ', '=', ']', '('), { maxLength: 3 }).map((a) => a.join(''));
  fc.assert(
    fc.property(
      fc.array(line, { minLength: 1, maxLength: 25 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.array(fc.tuple(fc.nat(), line, fc.boolean()), { maxLength: 4 }),
      (lines, eol, edits) => {
        forgetSyntax();
        parseSyntaxReusing(FILE, lines.join(eol));
        const edited = lines.slice();
        for (const [at, text, insert] of edits) {
          // Replace a line (same line count: reuse) or insert one (line count changes: full parse).
          if (insert) edited.splice(at % edited.length, 0, text);
          else edited[at % edited.length] = text;
          const t = edited.join(eol);
          assert.deepEqual(parseSyntaxReusing(FILE, t), parseConfigSyntax(FILE, t));
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('unchanged lines keep their statement objects; a line-count change re-parses fully', () => {
  forgetSyntax();
  const a = parseSyntaxReusing(FILE, '[a]\nx=1\n[b]\ny=2\n');
  const b = parseSyntaxReusing(FILE, '[a]\nx=1\n[b]\ny=3\n');
  assert.equal(b.statements[0], a.statements[0]);
  assert.notEqual(b.statements[3], a.statements[3]);
  const c = parseSyntaxReusing(FILE, '[a]\nx=1\n\n[b]\ny=3\n');
  assert.notEqual(c.statements[0], b.statements[0]);
  assert.deepEqual(c, parseConfigSyntax(FILE, '[a]\nx=1\n\n[b]\ny=3\n'));
});

test('property: rebuilding the effective model after an edit equals buildConfig', () => {
  const any = fc.constantFrom('[a]', '[b]', '[t](!)', '[c](t)', '[a](+)', 'exten => 1,1,NoOp()', 'x=1', 'x+=2', 'y => 2', 'secret=abc', '; c', ';--', '#include x.conf', 'bad', ' ', '=');
  // Half the runs use plain constructs only, so the reuse path (not the fallback) is exercised.
  const plainPiece = fc.constantFrom('[a]', '[b]', 'exten => 1,1,NoOp()', 'x=1', 'y => 2', 'secret=abc', '; c', ' ', 'x=');
  const anyLine = fc.array(any, { maxLength: 2 }).map((a) => a.join(''));
  const plainLine = fc.array(plainPiece, { maxLength: 2 }).map((a) => a.join(''));
  const doc = fc.oneof(fc.array(anyLine, { minLength: 1, maxLength: 20 }), fc.array(plainLine, { minLength: 1, maxLength: 20 }));
  const line = fc.oneof(anyLine, plainLine, plainLine);
  const fsys = new MemoryFileSystem({ '/etc/asterisk/x.conf': 'z=1\n' });
  fc.assert(
    fc.property(doc, fc.array(fc.tuple(fc.nat(), line), { maxLength: 4 }), (lines, edits) => {
      forgetSyntax();
      forgetConfigs();
      buildConfigReusing({ file: FILE, text: lines.join('\n'), fs: fsys });
      const edited = lines.slice();
      for (const [at, text] of edits) {
        edited[at % edited.length] = text;
        const t = edited.join('\n');
        assert.deepStrictEqual(buildConfigReusing({ file: FILE, text: t, fs: fsys }), buildConfig({ file: FILE, text: t, fs: fsys }));
      }
    }),
    { numRuns: 400 },
  );
});

test('a value edit in a plain file keeps the other sections', () => {
  forgetSyntax();
  forgetConfigs();
  const a = buildConfigReusing({ file: FILE, text: '[a]\nx=1\n[b]\ny=2\n' });
  const b = buildConfigReusing({ file: FILE, text: '[a]\nx=1\n[b]\ny=3\n' });
  assert.equal(b.sections[0], a.sections[0]);
  assert.notEqual(b.sections[1], a.sections[1]);
  assert.equal(b.sections[1].variables[0].value, '3');
  assert.equal(a.sections[1].variables[0].value, '2');
});
