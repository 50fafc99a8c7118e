/**
 * Text that remembers where each of its characters came from, so that after both interpolation
 * layers a regex compile error at column N of the expanded failregex can be shown at the right
 * file/line/column of the configuration (F2B201). One location per UTF-16 unit: filter values are a few
 * kilobytes, so plain arrays are simpler and fast enough.
 */

export interface SourceLoc {
  file: string;
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export class MappedText {
  constructor(
    readonly text: string,
    /** Same length as `text`; undefined for characters that have no source (synthetic). */
    readonly locs: readonly (SourceLoc | undefined)[],
  ) {}

  static plain(text: string, loc?: SourceLoc): MappedText {
    return new MappedText(text, new Array<SourceLoc | undefined>(text.length).fill(loc));
  }

  static fromLines(file: string, text: string, locs: { line: number; character: number }[]): MappedText {
    return new MappedText(text, locs.map((l) => ({ file, line: l.line, character: l.character })));
  }

  static concat(parts: MappedText[]): MappedText {
    let text = '';
    const locs: (SourceLoc | undefined)[] = [];
    for (const p of parts) {
      text += p.text;
      for (const l of p.locs) locs.push(l);
    }
    return new MappedText(text, locs);
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end?: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.locs.slice(start, end));
  }

  /** Where column `i` of the text comes from; past the end: the location just after the last character. */
  locAt(i: number): SourceLoc | undefined {
    if (i < this.locs.length) {
      for (let j = i; j >= 0; j--) if (this.locs[j]) return j === i ? this.locs[j] : { ...this.locs[j]!, character: this.locs[j]!.character + (i - j) };
      return undefined;
    }
    for (let j = this.locs.length - 1; j >= 0; j--) {
      const l = this.locs[j];
      if (l) return { ...l, character: l.character + 1 };
    }
    return undefined;
  }

  /** `str.replace(needle, repl)` for every occurrence (Python semantics), keeping the locations. */
  replaceAll(needle: string, repl: MappedText): MappedText {
    if (!needle) return this;
    const parts: MappedText[] = [];
    let from = 0;
    for (;;) {
      const at = this.text.indexOf(needle, from);
      if (at < 0) break;
      parts.push(this.slice(from, at), repl);
      from = at + needle.length;
    }
    if (!parts.length) return this;
    parts.push(this.slice(from));
    return MappedText.concat(parts);
  }

  /** Splits on '\n' like Python's `str.split('\n')`. */
  splitLines(): MappedText[] {
    const out: MappedText[] = [];
    let from = 0;
    for (;;) {
      const at = this.text.indexOf('\n', from);
      if (at < 0) break;
      out.push(this.slice(from, at));
      from = at + 1;
    }
    out.push(this.slice(from));
    return out;
  }

  trimEnd(): MappedText {
    return this.slice(0, this.text.trimEnd().length);
  }
}
