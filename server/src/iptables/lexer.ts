/**
 * Words of firewall shell scripts and restore files, with exact document offsets. Never throws:
 * an unterminated quote runs to the end of the text, unknown syntax is passed over.
 */
import type { Diagnostic, Tok } from './model';

/** One simple shell command: its words, where it starts and ends. */
export interface ShellCommand {
  words: ShellWord[];
  start: number;
  end: number;
}

export interface ShellWord extends Tok {
  /** The word is exactly one `$NAME`/`${NAME}` expansion. */
  varRef?: string;
}

const SEPARATORS = new Set(['\n', ';', '&', '|', '(', ')', '\r']);

/**
 * Splits a shell script into simple commands. Quotes, `\` escapes and `\`-newline continuations are
 * resolved into each word's text; expansions (`$X`, `${X}`, `$(…)`, backquotes) make the word dynamic.
 */
export function lexShell(text: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let word: (ShellWord & { parts: number }) | undefined;
  let heredoc: { delim: string; strip: boolean } | undefined;
  const n = text.length;
  let i = 0;

  const begin = () => {
    if (!word) word = { text: '', start: i, end: i, parts: 0 };
    return word;
  };
  const endWord = () => {
    if (!word) return;
    word.end = i;
    const w: ShellWord = { text: word.text, start: word.start, end: word.end };
    if (word.dynamic) w.dynamic = true;
    if (word.quoted) w.quoted = word.quoted;
    if (word.varRef && word.parts === 1) w.varRef = word.varRef;
    words.push(w);
    const hd = /^<<(-?)\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?$/.exec(text.slice(w.start, w.end));
    if (hd) heredoc = { delim: hd[2], strip: hd[1] === '-' };
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    if (words.length) out.push({ words, start: words[0].start, end: words[words.length - 1].end });
    words = [];
  };

  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      // Line continuation: the command goes on, the word may go on too.
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
    } else if (SEPARATORS.has(c)) {
      endCommand();
      if (c === '\n' || c === '\r') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        if (heredoc) i = skipHeredoc(text, i, heredoc);
        heredoc = undefined;
      } else i++;
    } else if (c === '#' && !word) {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === "'") {
      const w = begin();
      const close = text.indexOf("'", i + 1);
      const stop = close === -1 ? n : close;
      w.text += text.slice(i + 1, stop);
      w.quoted ??= 'single';
      w.parts++;
      i = close === -1 ? n : close + 1;
    } else if (c === '"') {
      const w = begin();
      w.quoted ??= 'double';
      w.parts++;
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < n && '"\\$`\n'.includes(text[i + 1])) {
          if (text[i + 1] !== '\n') w.text += text[i + 1];
          i += 2;
        } else if (text[i] === '$' || text[i] === '`') {
          const end = expansionEnd(text, i);
          w.text += text.slice(i, end);
          if (end > i + 1) w.dynamic = true;
          i = end;
        } else w.text += text[i++];
      }
      if (i < n) i++; // the closing quote (an unterminated one runs to the end)
    } else if (c === '\\') {
      const w = begin();
      w.text += text[i + 1] ?? '';
      w.parts++;
      i = Math.min(i + 2, n);
    } else if (c === '$' || c === '`') {
      const w = begin();
      const end = expansionEnd(text, i);
      const raw = text.slice(i, end);
      w.text += raw;
      w.parts++;
      if (end > i + 1) {
        w.dynamic = true;
        const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw);
        if (m) w.varRef = m[1];
      }
      i = end;
    } else {
      const w = begin();
      let j = i;
      while (j < n && !' \t\\\'"$`#\n\r;&|()'.includes(text[j])) j++;
      if (j === i) j = i + 1; // `#` inside a word
      w.text += text.slice(i, j);
      w.parts++;
      i = j;
    }
  }
  endCommand();
  return out;
}

/** End offset of an expansion starting at `i` (`$NAME`, `${…}`, `$(…)`, `$((…))`, backquotes). */
function expansionEnd(text: string, i: number): number {
  const n = text.length;
  if (text[i] === '`') {
    const close = text.indexOf('`', i + 1);
    return close === -1 ? n : close + 1;
  }
  const c = text[i + 1];
  if (c === '{' || c === '(') {
    const open = c;
    const close = c === '{' ? '}' : ')';
    let depth = 0;
    for (let j = i + 1; j < n; j++) {
      if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) return j + 1;
    }
    return n;
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9#?@*$!-])/.exec(text.slice(i + 1, i + 65));
  return m ? i + 1 + m[0].length : i + 1;
}

function skipHeredoc(text: string, i: number, hd: { delim: string; strip: boolean }): number {
  while (i < text.length) {
    let eol = text.indexOf('\n', i);
    if (eol === -1) eol = text.length;
    const line = text.slice(i, eol).replace(/\r$/, '');
    i = eol + 1;
    if ((hd.strip ? line.replace(/^\t+/, '') : line) === hd.delim) break;
  }
  return Math.min(i, text.length);
}

/**
 * The words of one restore-file line, iptables-restore's way: whitespace separates, double quotes
 * group (`\"` inside), single quotes are plain characters (a problem), and `#` cannot trail a rule.
 */
export function lexRestoreLine(text: string, start: number, end: number): { words: Tok[]; diagnostics: Diagnostic[] } {
  const words: Tok[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '#') {
      diagnostics.push({ ruleId: 'IPT007', start: i, end, message: 'A comment cannot follow a rule in a restore file: iptables-restore rejects the line ("Bad argument `#\'"). Put the comment on its own line above.' });
      break;
    }
    const w: Tok = { text: '', start: i, end: i };
    let singleAt = -1;
    while (i < end && text[i] !== ' ' && text[i] !== '\t') {
      if (text[i] === '"') {
        w.quoted = 'double';
        i++;
        while (i < end && text[i] !== '"') {
          if (text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\' || text[i + 1] === "'")) {
            w.text += text[i + 1];
            i += 2;
          } else w.text += text[i++];
        }
        if (i >= end) diagnostics.push({ ruleId: 'IPT007', start: w.start, end, message: 'Unterminated double quote: iptables-restore rejects the line. Close the quote.' });
        i++;
      } else {
        if (text[i] === "'" && singleAt === -1) singleAt = i;
        w.text += text[i++];
      }
    }
    w.end = Math.min(i, end);
    if (singleAt !== -1 && w.quoted !== 'double') {
      w.quoted = 'single';
      const odd = (w.text.match(/'/g) ?? []).length % 2 === 1;
      // An unbalanced quote means the author quoted across a space: the line is split there and rejected.
      const reported = diagnostics.some((d) => d.ruleId === 'IPT007' && d.severity !== 'warning');
      // The closing quote of a split value is the same mistake: report the line once.
      if (odd) {
        if (!reported) diagnostics.push({ ruleId: 'IPT007', start: w.start, end: w.end, message: 'Single quotes do not quote in a restore file: iptables-restore splits the text at spaces and rejects the line ("Bad argument"). Use double quotes.' });
      } else diagnostics.push({ ruleId: 'IPT007', severity: 'warning', start: w.start, end: w.end, message: 'Single quotes do not quote in a restore file: they become part of the value. Use double quotes.' });
    }
    words.push(w);
  }
  return { words, diagnostics };
}
