/**
 * Reading a log for the tester: whole lines, in chunks small enough to stay in V8's young generation
 * (memory flat in the log's size), from a whole file, from a byte range of one (split.ts), or from text.
 * As fail2ban-regex reads files, a last line without a newline is not counted.
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FilterTester, TestReport } from './run';

/** Reads whole lines of a file range into strings: one buffer reused for every read. */
export class LineChunkReader {
  private buf: Buffer;
  /**
   * @param piece the longest string handed out (but for a longer line): 64 KiB keeps chunk strings in
   * V8's young generation (larger ones go to the large-object space, freed only by full
   * collections), so peak memory stays flat in the log's size. Reads are 1 MiB (or 16 pieces):
   * a system call per 64 KiB cost more than the decoding on the machines measured.
   */
  constructor(readonly fd: number, readonly piece = 1 << 16) {
    this.buf = Buffer.allocUnsafe(Math.max(1 << 20, piece * 16));
  }

  /**
   * Calls `take` with the text of whole lines of [start, end), piece by piece (each ends with `\n`);
   * a line left unfinished at `end` is dropped. Stops when `take` returns true. Resolves to the
   * offset just after the last line given.
   */
  async read(start: number, end: number, take: (text: string, bytesDone: number, plain: boolean) => unknown): Promise<number> {
    let carry = 0; // bytes of an unfinished line kept at the start of buf
    let pos = start; // file offset of the next byte to read
    let given = start;
    while (pos < end) {
      if (carry === this.buf.length) {
        // a line longer than the buffer: grow (only as long as that line)
        const bigger = Buffer.allocUnsafe(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, carry);
        this.buf = bigger;
      }
      const bytesRead = readSync(this.fd, this.buf, carry, Math.min(this.buf.length - carry, end - pos), pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      const filled = carry + bytesRead;
      const base = pos - filled; // file offset of buf[0]
      // hand out whole lines, at most `piece` bytes at a time (a longer line alone): a UTF-8 sequence
      // never contains 0x0a, so every piece decodes whole
      let from = 0;
      for (;;) {
        let cut = from + this.piece <= filled ? this.buf.lastIndexOf(10, from + this.piece - 1) : this.buf.lastIndexOf(10, filled - 1);
        if (cut < from) cut = this.buf.indexOf(10, from + this.piece); // a line longer than a piece
        if (cut < from || cut >= filled) break;
        const view = this.buf.subarray(from, cut + 1);
        from = cut + 1;
        given = base + from;
        // take may hand work to another thread and return a promise
        // plain: ASCII without \x1c-\x1f, where the regexes' ASCII classes are Python's (compile.ts regexFor)
        const ascii = isAscii(view);
        const plain = ascii && view.indexOf(0x1c) < 0 && view.indexOf(0x1d) < 0 && view.indexOf(0x1e) < 0 && view.indexOf(0x1f) < 0;
        if ((await take(ascii ? view.toString('latin1') : view.toString('utf8'), given - start, plain)) === true) return given;
      }
      this.buf.copy(this.buf, 0, from, filled);
      carry = filled - from;
    }
    return given;
  }

  /** The offset of the first line starting at or after `x` (the file's size when none does). */
  lineStartAtOrAfter(x: number, size: number): number {
    if (x <= 0) return 0;
    const probe = Buffer.allocUnsafe(1 << 12);
    for (let pos = x - 1; pos < size; pos += probe.length) {
      const n = readSync(this.fd, probe, 0, Math.min(probe.length, size - pos), pos);
      if (n <= 0) break;
      const i = probe.subarray(0, n).indexOf(10);
      if (i >= 0) return pos + i + 1;
    }
    return size;
  }
}

/** Streams a whole log file through the tester. */
export async function testFile(tester: FilterTester, file: string): Promise<TestReport> {
  // synchronous reads: 400 small async reads cost more than they save (the CLI and the worker may block)
  const fd = openSync(file, 'r');
  try {
    const reader = new LineChunkReader(fd, tester.opts.chunkSize);
    await reader.read(0, fstatSync(fd).size, (text, done, plain) => {
      tester.feed(text, plain);
      tester.opts.onProgress?.(tester.report.lines, done);
      return tester.shouldStop();
    });
  } finally {
    closeSync(fd);
  }
  return tester.finish();
}

/** A log given as text (one line, or several separated by newlines): every line counts. */
export function testText(tester: FilterTester, text: string): TestReport {
  tester.feed(text.endsWith('\n') ? text : text + '\n');
  return tester.finish();
}
