import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfigSyntax } from './config/syntax';
import { forgetSyntax, parseSyntaxReusing } from './incremental';

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
