import type { Position, Range } from './types';

/** One physical line of a document: its text without the line break and its offset in the document. */
export interface SourceLine {
  text: string;
  offset: number;
}

/**
 * Splits text into lines exactly as LSP clients do (`\r\n`, `\n` and `\r` all end a line), so every
 * range the engine computes is the range the editor shows.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      lines.push({ text: text.slice(start, i), offset: start });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), offset: start });
  return lines;
}

/** Offset <-> position conversion for one document, built once per version. */
export class LineIndex {
  private table: SourceLine[] | undefined;
  constructor(readonly text: string) {}
  /** Split on first use: the engine makes one per analysis, and many analyses never ask for a line. */
  get lines(): SourceLine[] {
    return (this.table ??= splitLines(this.text));
  }
  get lineCount(): number {
    return this.lines.length;
  }
  lineText(line: number): string {
    return this.lines[line]?.text ?? '';
  }
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].offset <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const line = this.lines[lo];
    return { line: lo, character: Math.min(clamped - line.offset, line.text.length) };
  }
  offsetAt(pos: Position): number {
    if (pos.line >= this.lines.length) return this.text.length;
    if (pos.line < 0) return 0;
    const line = this.lines[pos.line];
    return line.offset + Math.max(0, Math.min(pos.character, line.text.length));
  }
  /** The range covering a whole line's text (without its line break). */
  lineRange(line: number): Range {
    const len = this.lineText(line).length;
    return { start: { line, character: 0 }, end: { line, character: len } };
  }
  /** The line break that ends `line` in the source, '' for the last line. */
  lineBreakAfter(line: number): string {
    const l = this.lines[line];
    const next = this.lines[line + 1];
    if (!l || !next) return '';
    return this.text.slice(l.offset + l.text.length, next.offset);
  }
  /** The document's dominant line break, for inserted lines. */
  get eol(): string {
    return /\r\n/.test(this.text) ? '\r\n' : '\n';
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
