/**
 * One effective variable. Its value pieces (`parts`) are what positions inside a value need; for
 * the usual variable (one `key=value` line) they are derived from the statement on first read
 * rather than stored, which spares three objects and a range per line of a large file.
 */
import type { AssignOp, ConfigSection, ConfigVariable, HeaderStmt, ValuePart, VariableStmt } from './types';

/** The value piece of a whole `key=value` statement. */
export function partOf(file: string, stmt: VariableStmt): ValuePart {
  const part: ValuePart = { file, line: stmt.line, text: stmt.value, range: stmt.valueRange };
  if (stmt.valueCols) part.cols = stmt.valueCols;
  return part;
}

export class EffectiveVariable implements ConfigVariable {
  declare inheritedFrom?: ConfigSection;
  declare addedBy?: { file: string; header: HeaderStmt };
  /** Explicit pieces (`+=` chains, a trimmed `+=` start); derived from `stmt` when absent. */
  private pieces: ValuePart[] | undefined;
  constructor(
    public key: string,
    public value: string,
    public file: string,
    public stmt: VariableStmt,
    parts?: ValuePart[],
  ) {
    this.pieces = parts;
  }

  /** The key as written and the operator: the defining statement's (not stored twice). */
  get name(): string {
    return this.stmt.name;
  }
  get op(): AssignOp {
    return this.stmt.op;
  }

  get parts(): ValuePart[] {
    return (this.pieces ??= [partOf(this.file, this.stmt)]);
  }
  set parts(parts: ValuePart[]) {
    this.pieces = parts;
  }

  /** A copy with some fields changed (what `{ ...v, … }` did on plain objects). */
  with(change: { value?: string; parts?: ValuePart[]; inheritedFrom?: ConfigSection; addedBy?: EffectiveVariable['addedBy'] | null }): EffectiveVariable {
    const out = new EffectiveVariable(this.key, change.value ?? this.value, this.file, this.stmt, change.parts ?? this.pieces);
    const inherited = change.inheritedFrom ?? this.inheritedFrom;
    if (inherited) out.inheritedFrom = inherited;
    const added = change.addedBy === null ? undefined : change.addedBy ?? this.addedBy;
    if (added) out.addedBy = added;
    return out;
  }

  /** The plain-data form (what the variable was before `parts` became lazy). */
  toJSON(): ConfigVariable {
    const out: ConfigVariable = { name: this.name, key: this.key, value: this.value, op: this.op, file: this.file, stmt: this.stmt, parts: this.parts };
    if (this.inheritedFrom) out.inheritedFrom = this.inheritedFrom;
    if (this.addedBy) out.addedBy = this.addedBy;
    return out;
  }
}
