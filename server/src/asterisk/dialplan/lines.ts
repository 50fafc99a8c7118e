/**
 * One `exten =>`/`same =>` line of the dialplan model. Its source positions (`loc`, `keyRange`)
 * are derived from the config line on first read: a 50,000-line dialplan has 50,000 of these and
 * only findings and editor services ask where one sits.
 */
import type { Range } from '../../engine/types';
import { parsePriority } from './exten';
import type { DpAppCall, DpExtension, DpPattern, DpPriority, DpSourceLine, Loc } from './types';

export function locOf(l: DpSourceLine, file: string): Loc {
  const value = l.valueRange;
  return { file: l.file ?? file, line: l.line, cols: l.valueCols, startCol: value.start.character, endCol: value.end.character };
}

export class ExtensionLine implements DpExtension {
  private locCache: Loc | undefined = undefined;
  /** Every field is set here, so every line has one shape (rules read these on every line). */
  constructor(
    public kind: 'exten' | 'same',
    public index: number,
    /** The config line and its context's file (`loc` names the line's own file when it has one). */
    private readonly src: DpSourceLine,
    private readonly file: string,
    public pattern: DpPattern | undefined,
    public callerId: { text: string; start: number; end: number } | undefined,
    public app: DpAppCall | undefined,
    public dropped: string | undefined,
    /** The priority field's offsets in `value` ([-1, -1] when the line has none), parsed on each read. */
    private readonly prioStart: number,
    private readonly prioEnd: number,
  ) {}

  /** The value as Asterisk received it: the config line's. */
  get value(): string {
    return this.src.value;
  }
  /** A `same =>` line takes the previous `exten =>` pattern. */
  get inheritedPattern(): boolean | undefined {
    return this.kind === 'same' && this.pattern ? true : undefined;
  }
  get loc(): Loc {
    return (this.locCache ??= locOf(this.src, this.file));
  }
  get keyRange(): Range {
    return this.src.nameRange;
  }
  get priority(): DpPriority | undefined {
    return this.prioStart >= 0 ? parsePriority(this.src.value, this.prioStart, this.prioEnd) : undefined;
  }

  /** The plain-data form (loc and keyRange included, the config line left out). */
  toJSON(): DpExtension {
    const out: DpExtension = { kind: this.kind, value: this.value, loc: this.loc, index: this.index, keyRange: this.keyRange };
    if (this.pattern) out.pattern = this.pattern;
    if (this.inheritedPattern) out.inheritedPattern = this.inheritedPattern;
    if (this.callerId) out.callerId = this.callerId;
    if (this.priority) out.priority = this.priority;
    if (this.app) out.app = this.app;
    if (this.dropped) out.dropped = this.dropped;
    return out;
  }
}
