/**
 * The commonest statement, `key=value`, stored as columns rather than Range objects: a 50,000-line
 * dialplan has 50,000 of them and most ranges are never read (only findings and services need
 * them), so each range is built from its two columns when asked for. Everything else behaves as
 * the plain `VariableStmt` of types.ts (JSON included, through `toJSON`).
 */
import { lineRange, type Range } from '../../engine/types';
import type { AssignOp, VariableStmt } from './types';

/**
 * Keys repeat on most lines of a file (`exten`, `same`, `type`…): one shared string per distinct
 * key rather than one per line. Bounded, so odd input cannot grow it without limit.
 */
const keys = new Map<string, string>();
export function internKey(key: string): string {
  if (key.length > 40) return key;
  const known = keys.get(key);
  if (known !== undefined) return known;
  if (keys.size < 4096) keys.set(key, key);
  return key;
}

const recent: string[] = [];
/**
 * `internKey(src.slice(start, end))` without the slice when the key is one of the last few seen
 * (a dialplan alternates `exten` and `same`): compared in place.
 */
export function keyAt(src: string, start: number, end: number): string {
  const len = end - start;
  for (let k = 0; k < recent.length; k++) {
    const key = recent[k];
    if (key.length === len && src.startsWith(key, start)) return key;
  }
  const key = internKey(src.slice(start, end));
  if (recent.length >= 4) recent.pop();
  recent.unshift(key);
  return key;
}

export class VariableLine implements VariableStmt {
  readonly kind = 'variable' as const;
  /** Set only when an escape moved value characters (see VariableStmt.valueCols). */
  declare valueCols?: number[];
  constructor(
    public line: number,
    public name: string,
    public op: AssignOp,
    public value: string,
    /** Columns of the whole statement, the name, the operator and the value ([start, end) each). */
    readonly startCol: number,
    readonly endCol: number,
    readonly nameStartCol: number,
    readonly nameEndCol: number,
    readonly opStartCol: number,
    readonly opEndCol: number,
    readonly valueStartCol: number,
    readonly valueEndCol: number,
  ) {}

  get range(): Range {
    return lineRange(this.line, this.startCol, this.endCol);
  }
  get nameRange(): Range {
    return lineRange(this.line, this.nameStartCol, this.nameEndCol);
  }
  get opRange(): Range {
    return lineRange(this.line, this.opStartCol, this.opEndCol);
  }
  get valueRange(): Range {
    return lineRange(this.line, this.valueStartCol, this.valueEndCol);
  }

  /** The same statement `d` lines further down (a new object: parses are never mutated). */
  moved(d: number): VariableLine {
    const s = new VariableLine(
      this.line + d, this.name, this.op, this.value, this.startCol, this.endCol, this.nameStartCol, this.nameEndCol,
      this.opStartCol, this.opEndCol, this.valueStartCol, this.valueEndCol,
    );
    if (this.valueCols) s.valueCols = this.valueCols;
    return s;
  }

  /** The plain-data form (what the statement was before ranges became lazy). */
  toJSON(): VariableStmt {
    const out: VariableStmt = {
      kind: 'variable', line: this.line, range: this.range, name: this.name, nameRange: this.nameRange, op: this.op,
      opRange: this.opRange, value: this.value, valueRange: this.valueRange,
    };
    if (this.valueCols) out.valueCols = this.valueCols;
    return out;
  }
}
