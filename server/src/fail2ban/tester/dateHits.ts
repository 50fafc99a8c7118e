/**
 * Which date template wins on each line, for fail2ban-regex's "Date template hits" block, without
 * cutting or parsing the date. Anchored templates are tried in place on the chunk text with sticky
 * regexes (no per-line substring), the last winner first, as fail2ban's detector does.
 */
import type { DateTemplate } from '../dates/templates';

interface Probe {
  re: RegExp;
  /** true: sticky on the chunk; false: exec on the line text */
  inPlace: boolean;
}

/** Makes a line-bound regex: nothing in it may consume a newline (so a sticky test stays on its line). */
function lineBound(src: string): string {
  const TAIL = '(?=\\b|\\W|$)';
  const hasTail = src.endsWith(TAIL);
  let body = hasTail ? src.slice(0, -TAIL.length) : src;
  body = body
    .replace(/(?<!\\)((?:\\\\)*)\[\^/g, '$1[^\\n')
    .replace(/(?<!\\)((?:\\\\)*)\\s/g, '$1[^\\S\\n]')
    .replace(/(?<!\\)((?:\\\\)*)\\W/g, '$1[^\\w\\n]')
    .replace(/(?<!\\)((?:\\\\)*)\\D/g, '$1[^\\d\\n]')
    .replace(/\(\?=\\n\?\$\)/g, '(?=\\n|$)');
  return hasTail ? body + '(?=\\b|\\W|$)' : body;
}

function probeFor(t: DateTemplate): Probe {
  const src = t.re.source;
  // in place only when `^` is the leading anchor and no other anchor or lookbehind depends on the string start
  if (src.startsWith('^') && !/\^|\$|\(\?<[=!]/.test(src.slice(1).replace(/\\\^|\\\$|\[\^/g, '').replace(/\(\?=\\n\?\$\)|\(\?=\\b\|\\W\|\$\)$/g, ''))) {
    return { re: new RegExp(lineBound(src.slice(1)), t.re.flags.replace('d', '') + 'y'), inPlace: true };
  }
  return { re: new RegExp(src, t.re.flags.replace('d', '')), inPlace: false };
}

export class DateHitCounter {
  private probes: Probe[];
  private last = 0;
  constructor(templates: DateTemplate[], public hits: number[]) {
    this.probes = templates.map(probeFor);
  }

  private test(i: number, text: string, start: number, end: number): boolean {
    const p = this.probes[i];
    if (p.inPlace) {
      p.re.lastIndex = start;
      return p.re.test(text);
    }
    return p.re.test(text.slice(start, end));
  }

  /** Counts the template that wins on text[start, end) (a line without its newline). */
  count(text: string, start: number, end: number): void {
    if (this.probes.length && this.test(this.last, text, start, end)) {
      this.hits[this.last]++;
      return;
    }
    for (let i = 0; i < this.probes.length; i++) {
      if (i !== this.last && this.test(i, text, start, end)) {
        this.hits[i]++;
        this.last = i;
        return;
      }
    }
  }

  /** The runner found the winner itself (candidate lines). */
  record(i: number): void {
    if (i >= 0) {
      this.hits[i]++;
      this.last = i;
    }
  }
}
