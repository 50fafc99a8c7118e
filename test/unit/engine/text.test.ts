import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTextEdits, collectSafeFixes } from '../../../server/src/engine/fixes';
import { LineIndex, splitLines } from '../../../server/src/engine/text';
import { lineRange, type Finding } from '../../../server/src/engine/types';

test('lines split on \\n, \\r\\n and \\r as LSP clients do', () => {
  assert.deepEqual(splitLines('a\nb\r\nc\rd').map((l) => l.text), ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitLines('a\n').map((l) => l.text), ['a', '']);
  assert.deepEqual(splitLines('').map((l) => l.text), ['']);
});

test('offsets and positions round-trip, clamped to the document', () => {
  const idx = new LineIndex('ab\r\ncdé\nf');
  assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(7), { line: 1, character: 3 });
  assert.deepEqual(idx.positionAt(999), { line: 2, character: 1 });
  for (let o = 0; o <= idx.text.length; o++) {
    const p = idx.positionAt(o);
    if (o !== 3) assert.equal(idx.offsetAt(p), o); // offset 3 is inside \r\n
  }
  assert.equal(idx.offsetAt({ line: 1, character: 99 }), 7);
  assert.equal(idx.eol, '\r\n');
  assert.equal(idx.lineBreakAfter(0), '\r\n');
});

function finding(line: number, from: number, to: number, kind: 'safe' | 'review', text: string): Finding {
  return {
    ruleId: 'AST990', slug: 'x', severity: 'warning', message: 'm', file: '/f', range: lineRange(line, from, to),
    fixes: [{ title: 't', kind, edits: [{ file: '/f', range: lineRange(line, from, to), newText: text }] }],
  };
}

test('fix all takes safe fixes only and skips overlapping ones', () => {
  const chosen = collectSafeFixes([finding(0, 0, 3, 'safe', 'AAA'), finding(0, 2, 5, 'safe', 'B'), finding(1, 0, 1, 'review', 'C'), finding(1, 2, 3, 'safe', 'D')]);
  assert.equal(chosen.length, 2);
  const out = applyTextEdits('abcdef\nxyz', chosen.flatMap((c) => c.fix.edits));
  assert.equal(out, 'AAAdef\nxyD');
  assert.throws(() => applyTextEdits('abc', [{ range: lineRange(0, 0, 2), newText: '' }, { range: lineRange(0, 1, 3), newText: '' }]), /overlapping/);
});
