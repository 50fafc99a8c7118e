import { LineIndex, rangesOverlap } from './text';
import type { FileEdit, Finding, Fix } from './types';

/**
 * The safe fixes of these findings ("fix all"): one per finding, skipping a fix any of whose edits
 * overlaps an edit already taken (the next pass picks it up on the fixed text).
 */
export function collectSafeFixes(findings: Finding[]): { finding: Finding; fix: Fix }[] {
  const taken: FileEdit[] = [];
  const out: { finding: Finding; fix: Fix }[] = [];
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const fix = finding.fixes.find((x) => x.kind === 'safe');
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((c) => c.file === e.file && rangesOverlap(c.range, e.range)))) continue;
    taken.push(...fix.edits);
    out.push({ finding, fix });
  }
  return out;
}

/** Applies non-overlapping edits to one text (positions refer to the text before any edit). */
export function applyTextEdits(text: string, edits: { range: FileEdit['range']; newText: string }[]): string {
  const idx = new LineIndex(text);
  const sorted = edits
    .map((e) => ({ start: idx.offsetAt(e.range.start), end: idx.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let lastStart = Infinity;
  for (const e of sorted) {
    if (e.end > lastStart) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}
