import type { Position, Range } from '../../engine/types';

/** Inclusive of both ends, so a cursor just after a word still counts as on it. */
export function rangeContainsPosition(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}
