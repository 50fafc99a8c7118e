/**
 * The comment pass of `main/config.c` (config_text_file_load, the loop over `;`), reproduced on a
 * per-line character buffer so every character Asterisk keeps still knows its source column.
 *
 * Behaviour kept on purpose, because Asterisk has it:
 *  - `\;` keeps a literal `;` (the backslash is dropped) — even inside a block comment;
 *  - `;--` opens a block comment only when the 4th character is not `-` (`;----` is a line comment);
 *  - block comments nest (up to 128);
 *  - a `--;` with no block open still decrements the counter (to -1): that line is then kept whole
 *    (its `;` are no longer comments) and every later line is dropped until a `;--` brings it back.
 */
import type { Range } from '../../engine/types';

export const MAX_NESTED_COMMENTS = 128;

export interface CommentState {
  /** Asterisk's `comment` counter; may go negative (stray `--;`). */
  depth: number;
  /** Positions of the currently open `;--` (innermost last). */
  openers: { line: number; character: number }[];
}

export interface ScannedLine {
  /** Text handed to the line classifier (comments cut, `\;` unescaped, not yet stripped); undefined when Asterisk skips the line. */
  text?: string;
  /** Source column of each character of `text`; undefined when `text` is `src.slice(0, text.length)`. */
  cols?: number[];
  /** Comment ranges on this line (line comments, and the parts of block comments). */
  comments: { kind: 'line' | 'block'; start: number; end: number }[];
  /** Columns of `--;` that closed nothing (counter went negative). */
  strayCloses: number[];
  /** A `;--` past the nesting limit (ignored by Asterisk). */
  tooDeep: number[];
  /** Block comments closed on this line: opener and the range up to and including `--;`. */
  closedBlocks: Range[];
}

interface Cell {
  c: string;
  col: number;
}

const NONE: never[] = [];

export function newCommentState(): CommentState {
  return { depth: 0, openers: [] };
}

/** Scans one physical line (without its line break), updating `state`. */
export function scanLine(src: string, line: number, state: CommentState): ScannedLine {
  // Fast paths for the common lines (no `;`, or one plain line comment): same result, no per-character cells.
  const semi = src.indexOf(';');
  // The empty lists are shared (callers only read a ScannedLine): one object per line, not five.
  if (state.depth === 0 && (semi === -1 || (src[semi - 1] !== '\\' && !(src[semi + 1] === '-' && src[semi + 2] === '-') && !(semi >= 2 && src[semi - 1] === '-' && src[semi - 2] === '-')))) {
    if (semi === -1) return { text: src, comments: NONE, strayCloses: NONE, tooDeep: NONE, closedBlocks: NONE };
    return { text: src.slice(0, semi), comments: [{ kind: 'line', start: semi, end: src.length }], strayCloses: NONE, tooDeep: NONE, closedBlocks: NONE };
  }
  if (state.depth > 0 && semi === -1) {
    return { comments: [{ kind: 'block', start: 0, end: src.length }], strayCloses: NONE, tooDeep: NONE, closedBlocks: NONE };
  }
  const buf: Cell[] = new Array(src.length);
  for (let i = 0; i < src.length; i++) buf[i] = { c: src[i], col: i };
  const out: ScannedLine = { comments: [], strayCloses: [], tooDeep: [], closedBlocks: [] };
  let processBuf: number | null = state.depth ? null : 0;
  let newBuf = 0;
  // Where the current block-comment piece on this line started (for folding/comment ranges).
  let blockPieceStart: number | null = state.depth > 0 ? 0 : null;

  const strchrSemi = (from: number): number => {
    for (let i = from; i < buf.length; i++) {
      const c = buf[i].c;
      if (c === '\0') return -1;
      if (c === ';') return i;
    }
    return -1;
  };
  const strlenEnd = (from: number): number => {
    let i = from;
    while (i < buf.length && buf[i].c !== '\0') i++;
    return i;
  };

  for (let p = strchrSemi(newBuf); p !== -1; p = strchrSemi(newBuf)) {
    if (p > newBuf && buf[p - 1].c === '\\') {
      // Escaped semicolon: drop the backslash, keep the ';' as data.
      buf.splice(p - 1, 1);
      newBuf = p;
    } else if (buf[p + 1]?.c === '-' && buf[p + 2]?.c === '-' && buf[p + 3]?.c !== '-') {
      if (state.depth < MAX_NESTED_COMMENTS) {
        const col = buf[p].col;
        buf[p].c = '\0';
        newBuf = p + 3;
        state.depth++;
        // From -1 (after a stray `--;`) back to 0 opens nothing: Asterisk resumes reading on the next line.
        if (state.depth > 0) state.openers.push({ line, character: col });
        if (state.depth === 1) blockPieceStart = col;
      } else {
        out.tooDeep.push(buf[p].col);
        newBuf = p + 1;
      }
    } else if (p >= newBuf + 2 && buf[p - 1].c === '-' && buf[p - 2].c === '-') {
      const col = buf[p].col;
      state.depth--;
      newBuf = p + 1;
      if (state.depth < 0) out.strayCloses.push(col - 2);
      const opener = state.depth >= 0 ? state.openers.pop() : undefined;
      if (opener) out.closedBlocks.push({ start: opener, end: { line, character: col + 1 } });
      if (state.depth === 0) {
        if (blockPieceStart !== null) out.comments.push({ kind: 'block', start: blockPieceStart, end: col + 1 });
        blockPieceStart = null;
        if (processBuf !== null) {
          const oldEnd = strlenEnd(processBuf);
          buf.splice(oldEnd, newBuf - oldEnd);
          newBuf = oldEnd;
        } else {
          processBuf = newBuf;
        }
      }
    } else if (state.depth === 0) {
      out.comments.push({ kind: 'line', start: buf[p].col, end: src.length });
      buf[p].c = '\0';
      newBuf = p;
    } else {
      newBuf = p + 1;
    }
  }
  if (state.depth > 0 && blockPieceStart !== null) out.comments.push({ kind: 'block', start: blockPieceStart, end: src.length });
  if (processBuf !== null) {
    const end = strlenEnd(processBuf);
    let text = '';
    const cols: number[] = [];
    let identity = true;
    for (let i = processBuf; i < end; i++) {
      text += buf[i].c;
      if (buf[i].col !== cols.length) identity = false;
      cols.push(buf[i].col);
    }
    out.text = text;
    if (!identity) out.cols = cols;
  }
  return out;
}
