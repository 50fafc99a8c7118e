/**
 * Edits the XF fixes make in files other than the analysed one, computed from those files' own
 * line indexes so a fix never touches text outside its target.
 */
import type { FileEdit, Range } from '../../engine/types';
import type { LineIndex } from '../../engine/text';

/** Deletes the physical lines from `startLine` to `endLine` (inclusive) with their line breaks. */
export function deleteLines(file: string, lines: LineIndex, startLine: number, endLine: number): FileEdit {
  const next = endLine + 1;
  const range: Range = next < lines.lineCount && lines.lineBreakAfter(endLine)
    ? { start: { line: startLine, character: 0 }, end: { line: next, character: 0 } }
    : startLine > 0
      ? { start: { line: startLine - 1, character: lines.lineText(startLine - 1).length }, end: { line: endLine, character: lines.lineText(endLine).length } }
      : { start: { line: startLine, character: 0 }, end: { line: endLine, character: lines.lineText(endLine).length } };
  return { file, range, newText: '' };
}

export function replace(file: string, range: Range, newText: string): FileEdit {
  return { file, range, newText };
}

/** Short display of a path for messages: its last two components (`jail.d/provya.conf`). */
export function shortPath(p: string): string {
  return p.replace(/\\/g, '/').split('/').slice(-2).join('/');
}

/** `file:line` (1-based) for messages. */
export function at(file: string, line: number): string {
  return `${shortPath(file)}:${line + 1}`;
}
