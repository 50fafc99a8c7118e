/**
 * Date templates tested in place on the chunk text (for lines that skip the full pipeline), and
 * `lineBound`: the same regex unable to consume a newline, so a sticky test stays on its line.
 */
import type { DateTemplate } from '../dates/templates';
import type { Hit, TemplateProbe } from '../dates/detector';

interface Probe {
  re: RegExp;
  /** true: sticky on the chunk; false: exec on the line text */
  inPlace: boolean;
}

/** Makes a line-bound regex: nothing in it may consume a newline (so a sticky test stays on its line). */
export function lineBound(src: string): string {
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

/**
 * Date templates tried in place on the chunk text: sticky tests at the line's offset for templates
 * anchored at the line start (no substring, no match object), exec on the line for the others. The
 * runner's DateDetector decides the winner through this probe, so the order, the hits and the
 * re-ordering are fail2ban's whether or not the line goes through the full pipeline.
 */
export class ChunkProbe {
  private probes: (Probe | undefined)[];
  private text = '';
  private start = 0;
  private end = 0;
  readonly probe: TemplateProbe;
  constructor(private readonly templates: DateTemplate[]) {
    this.probes = templates.map(() => undefined);
    this.probe = (i: number, from?: number, to?: number): Hit | null => {
      const p = (this.probes[i] ??= probeFor(this.templates[i]));
      if (p.inPlace && from === undefined) {
        p.re.lastIndex = this.start;
        return p.re.test(this.text) ? { start: 0, end: p.re.lastIndex - this.start } : null;
      }
      const line = this.text.slice(this.start, this.end);
      const re = new RegExp(this.templates[i].re.source, this.templates[i].re.flags.replace('d', '') + 'g');
      re.lastIndex = from ?? 0;
      const m = re.exec(to === undefined ? line : line.slice(0, to));
      return m ? { start: m.index, end: m.index + m[0].length } : null;
    };
  }

  /** Points the probe at the line text[start, end). */
  at(text: string, start: number, end: number): TemplateProbe {
    this.text = text;
    this.start = start;
    this.end = end;
    return this.probe;
  }
}
