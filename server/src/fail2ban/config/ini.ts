/**
 * One fail2ban configuration file read exactly as fail2ban's ConfigParser reads it (Python 3.11
 * `configparser._read` with `inline_comment_prefixes=";"`, `strict=True`, `empty_lines_in_values=True`),
 * but keeping the position of every header, key and value line, and recovering at the next line
 * where Python would give up (the problems are recorded, never thrown).
 */
import { splitLines } from '../../engine/text';

/** A run of text on one line: 0-based line, UTF-16 columns [start, end). */
export interface Span {
  line: number;
  start: number;
  end: number;
}

/** One physical line of a value, stripped as configparser strips it. `text` may be '' (a kept blank line). */
export interface ValueLine extends Span {
  text: string;
}

export interface IniOption {
  /** Lower-cased as configparser's `optionxform` does. */
  key: string;
  /** As written (case kept). */
  rawKey: string;
  keySpan: Span;
  delimiter: '=' | ':';
  /** The first line's value and every continuation / kept blank line, in order. */
  lines: ValueLine[];
  /** configparser's value: the lines joined with '\n', right-stripped. */
  value: string;
  /** Last physical line that belongs to the option (continuations included, trailing blanks excluded). */
  endLine: number;
  /** ` # …` inside a value line: `#` is never an inline comment, so it became part of the value. */
  hashComments: Span[];
  file: string;
  section: string;
}

export interface IniSection {
  /** As written: section names are case-sensitive (`Definition`, `INCLUDES`, `DEFAULT`). */
  name: string;
  headerSpan: Span;
  nameSpan: Span;
  options: IniOption[];
  /** Last line before the next header (or end of file). */
  endLine: number;
}

export type IniProblemKind = 'unparsable' | 'option-before-section' | 'duplicate-option' | 'duplicate-section';

export interface IniProblem {
  kind: IniProblemKind;
  span: Span;
  message: string;
  /** For duplicates: the first occurrence. */
  first?: Span;
}

export interface IniFile {
  file: string;
  sections: IniSection[];
  problems: IniProblem[];
  /** Line of the first section header, or undefined when there is none. */
  firstHeaderLine: number | undefined;
  /** Full-line comments, for folding and the "never lose a comment" checks of fixes. */
  commentLines: number[];
}

const SECTCRE = /^\[(.+)\]/;
// configparser's OPTCRE: the first '=' or ':' splits (Python's \s here is Unicode whitespace, BOM excluded).
const OPTCRE = /^(.*?)[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*([=:])[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*(.*)$/;

/**
 * Python's `str.isspace()` set, not JavaScript's `\s`: Python counts \x1c-\x1f and \x85 and does NOT count
 * the byte-order mark, so a file starting with a BOM fails in fail2ban (MissingSectionHeaderError).
 */
const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const PY_NONSPACE = /[^\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function isSpace(c: string | undefined): boolean {
  return c !== undefined && PY_SPACE.test(c);
}

function firstNonSpace(s: string): number {
  const m = PY_NONSPACE.exec(s);
  return m ? m.index : -1;
}

export function pyRstrip(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1])) e--;
  return s.slice(0, e);
}

function pyStrip(s: string): string {
  const r = stripSpan(s, 0, s.length);
  return s.slice(r.start, r.end);
}

/** Where the value of `line` ends once an inline `;` comment (at column 0 or after whitespace) is cut. */
function inlineCommentStart(line: string): number | undefined {
  let idx = -1;
  for (;;) {
    idx = line.indexOf(';', idx + 1);
    if (idx === -1) return undefined;
    if (idx === 0 || isSpace(line[idx - 1])) return idx;
  }
}

function stripSpan(line: string, from: number, to: number): { start: number; end: number } {
  let s = from;
  let e = to;
  while (s < e && isSpace(line[s])) s++;
  while (e > s && isSpace(line[e - 1])) e--;
  return { start: s, end: e };
}

export function parseIni(file: string, text: string): IniFile {
  const out: IniFile = { file, sections: [], problems: [], firstHeaderLine: undefined, commentLines: [] };
  const lines = splitLines(text);
  const sectionsByName = new Map<string, IniSection>();
  let cur: IniSection | undefined;
  let opt: IniOption | undefined;
  let indentLevel = 0;
  // A blank line is kept inside a value only if another value line follows; remember them until then.
  let pendingBlanks: ValueLine[] = [];

  const closeOption = () => {
    pendingBlanks = [];
    opt = undefined;
  };

  for (let ln = 0; ln < lines.length; ln++) {
    let line = lines[ln].text;
    if (ln === 0 && line.startsWith('\ufeff')) {
      out.problems.push({
        kind: 'unparsable',
        span: { line: 0, start: 0, end: 1 },
        message: 'the file starts with a UTF-8 byte-order mark (BOM): fail2ban does not skip it, sees no section header and refuses the file (MissingSectionHeaderError). Save the file as UTF-8 without BOM.',
      });
      // Read on as if it were a space, so the rest of the file is still checked.
      line = ' ' + line.slice(1);
    }
    const inline = inlineCommentStart(line);
    const trimmed = pyStrip(line);
    const fullComment = trimmed.startsWith('#') || trimmed.startsWith(';');
    const cut = fullComment ? 0 : inline;
    const { start, end } = stripSpan(line, 0, cut ?? line.length);
    const value = line.slice(start, end);
    if (fullComment) out.commentLines.push(ln);
    if (!value) {
      // configparser keeps a blank line in an open value only when the line carried no comment.
      if (cut === undefined && opt) pendingBlanks.push({ text: '', line: ln, start: 0, end: 0 });
      continue;
    }
    const indent = firstNonSpace(line);
    if (opt && indent > indentLevel) {
      opt.lines.push(...pendingBlanks, { text: value, line: ln, start, end });
      pendingBlanks = [];
      opt.endLine = ln;
      noteHash(opt, line, ln, start, end);
      if (cur) cur.endLine = ln;
      continue;
    }
    closeOption();
    indentLevel = indent;
    const header = SECTCRE.exec(value);
    if (header) {
      const name = header[1];
      const nameStart = start + 1;
      const sec: IniSection = {
        name,
        headerSpan: { line: ln, start, end: start + header[0].length },
        nameSpan: { line: ln, start: nameStart, end: nameStart + name.length },
        options: [],
        endLine: ln,
      };
      const prior = name === 'DEFAULT' ? undefined : sectionsByName.get(name);
      if (prior) {
        out.problems.push({
          kind: 'duplicate-section',
          span: sec.nameSpan,
          first: prior.nameSpan,
          message: `section [${name}] already appears on line ${prior.headerSpan.line + 1} of this file; fail2ban refuses the whole file (DuplicateSectionError). Merge the two sections.`,
        });
      } else sectionsByName.set(name, sec);
      out.sections.push(sec);
      if (out.firstHeaderLine === undefined) out.firstHeaderLine = ln;
      cur = sec;
      continue;
    }
    const m = OPTCRE.exec(value);
    if (!cur) {
      out.problems.push({
        kind: m ? 'option-before-section' : 'unparsable',
        span: { line: ln, start, end },
        message: m
          ? 'option before any [section]: fail2ban stops reading this file (MissingSectionHeaderError). Put it under a section such as [DEFAULT] or [Definition].'
          : 'this line is neither a [section] header, an option, a continuation nor a comment; fail2ban refuses the file (MissingSectionHeaderError). Comment it out with # or fix it.',
      });
      continue;
    }
    if (!m || pyStrip(m[1]) === '') {
      out.problems.push({
        kind: 'unparsable',
        span: { line: ln, start, end },
        message: 'this line is neither a [section] header, an option (name = value), an indented continuation nor a comment; fail2ban refuses the file (ParsingError). Fix it or comment it out with #.',
      });
      continue;
    }
    const rawKey = m[1].slice(0, stripSpan(m[1], 0, m[1].length).end);
    const key = rawKey.toLowerCase();
    const delimAt = start + m[1].length + (value.slice(m[1].length).indexOf(m[2]));
    const valueText = pyStrip(m[3]);
    const valueStart = valueText ? line.indexOf(valueText, delimAt + 1) : delimAt + 1;
    const option: IniOption = {
      key,
      rawKey,
      keySpan: { line: ln, start, end: start + rawKey.length },
      delimiter: m[2] as '=' | ':',
      lines: [{ text: valueText, line: ln, start: valueStart, end: valueStart + valueText.length }],
      value: '',
      endLine: ln,
      hashComments: [],
      file,
      section: cur.name,
    };
    noteHash(option, line, ln, valueStart, valueStart + valueText.length);
    const dup = cur.options.find((o) => o.key === key) ?? sameNamedOption(out, cur, key);
    if (dup) {
      out.problems.push({
        kind: 'duplicate-option',
        span: option.keySpan,
        first: dup.keySpan,
        message: `option '${key}' is already set in [${cur.name}] on line ${dup.keySpan.line + 1} of this file; fail2ban refuses the whole file (DuplicateOptionError). Keep one (a multi-line value continues on indented lines).`,
      });
    }
    cur.options.push(option);
    cur.endLine = ln;
    opt = option;
  }
  for (const sec of out.sections) {
    for (const o of sec.options) o.value = pyRstrip(o.lines.map((l) => l.text).join('\n'));
  }
  // Sections end where the next one starts (comments and blanks included), for folding and symbols.
  for (let i = 0; i < out.sections.length; i++) {
    const next = out.sections[i + 1];
    out.sections[i].endLine = next ? Math.max(out.sections[i].headerSpan.line, next.headerSpan.line - 1) : Math.max(out.sections[i].headerSpan.line, lines.length - 1);
  }
  return out;
}

/** Duplicate check across two headers of the same name (already reported as a duplicate section). */
function sameNamedOption(ini: IniFile, cur: IniSection, key: string): IniOption | undefined {
  for (const s of ini.sections) {
    if (s !== cur && s.name === cur.name) {
      const o = s.options.find((x) => x.key === key);
      if (o) return o;
    }
  }
  return undefined;
}

function noteHash(opt: IniOption, line: string, ln: number, start: number, end: number): void {
  const seg = line.slice(start, end);
  const m = /\s#/.exec(seg);
  if (m) opt.hashComments.push({ line: ln, start: start + m.index + 1, end });
}

/** The option's value as configparser's `get(raw=True)` returns it, with a source location per character. */
export function optionLocations(opt: IniOption): { text: string; locs: { line: number; character: number }[] } {
  let text = '';
  const locs: { line: number; character: number }[] = [];
  opt.lines.forEach((l, i) => {
    if (i > 0) {
      const prev = opt.lines[i - 1];
      text += '\n';
      locs.push({ line: prev.line, character: prev.end });
    }
    text += l.text;
    for (let c = 0; c < l.text.length; c++) locs.push({ line: l.line, character: l.start + c });
  });
  const trimmed = pyRstrip(text);
  return { text: trimmed, locs: locs.slice(0, trimmed.length) };
}
