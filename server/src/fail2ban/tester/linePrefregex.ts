/**
 * "Prefregex: N total" on lines no failregex can match, without the full date machinery: fail2ban
 * runs the prefregex on each line with its date cut out. For fail2ban's line-begin templates
 * (`^(?:\W{0,2})?(date)(?=…)`) the cut is found with one sticky test of the date part at the line's
 * position in the chunk (no match array, no named-group object), trying 2, 1, then 0 leading
 * non-word characters exactly as the greedy `\W{0,2}` does.
 */
import { regexFor, type CompiledRegex } from '../regex/compile';
import type { DateTemplate } from '../dates/templates';
import { lineBound } from './chunkProbe';

const AUTO_PREFIX = '^(?:\\W{0,2})?';

export class LinePrefregex {
  private dateParts = new Map<DateTemplate, RegExp | null>();
  constructor(private readonly pre: CompiledRegex) {}

  private datePart(t: DateTemplate): RegExp | null {
    let re = this.dateParts.get(t);
    if (re !== undefined) return re;
    re = null;
    const src = t.re.source;
    if (t.cutAtEnd && src.startsWith(AUTO_PREFIX) && !/\(\?<[=!]/.test(src)) {
      try {
        re = new RegExp(lineBound(src.slice(AUTO_PREFIX.length)), t.re.flags.replace('d', '') + 'y');
      } catch {
        re = null;
      }
    }
    this.dateParts.set(t, re);
    return re;
  }

  /**
   * Whether template t matches the line text[start, end) and, if so, whether the prefregex matches
   * the line with that date cut. undefined: t does not match here (or cannot be used this way).
   */
  test(t: DateTemplate, text: string, start: number, end: number): { matched: boolean; dateEnd: number } | undefined {
    const re = this.datePart(t);
    if (!re) return undefined;
    let run = 0;
    while (run < 2 && start + run < end && !isWord(text.charCodeAt(start + run))) run++;
    for (let k = run; k >= 0; k--) {
      re.lastIndex = start + k;
      if (re.test(text) && re.lastIndex <= end) {
        const dateEnd = re.lastIndex;
        const buf = text.slice(start, start + k) + text.slice(dateEnd, end) + '\n';
        const pre = regexFor(this.pre, buf);
        pre.lastIndex = 0;
        return { matched: pre.test(buf), dateEnd };
      }
    }
    return undefined;
  }
}

function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
