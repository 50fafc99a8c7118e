/**
 * fail2ban's second interpolation layer, `<tag>` substitution (helpers.py `substituteRecursiveTags`),
 * over located text. Tags resolve from the combined options, then through `addrepl` (any `[Definition]`
 * option or `sec/opt`); unknown tags (`<HOST>`, `<F-USER>`, `<ip>`) stay for the regex layer; nested
 * tags resolve inside-out because the search restarts where the replacement began.
 */
import { MappedText } from './mapped';

const TAG = /<([^ <>]+)>/g;
const MAX_TAG_REPLACE_COUNT = 25;

export interface TagError {
  tag: string;
  message: string;
}

function search(text: string, from: number): RegExpExecArray | null {
  TAG.lastIndex = from;
  return TAG.exec(text);
}

export function substituteTags(
  input: Map<string, MappedText>,
  opts: { ignore?: Set<string>; conditional?: string; addrepl?: (tag: string) => MappedText | undefined },
  errors: TagError[] = [],
): Map<string, MappedText> {
  const tags = new Map(input);
  const ignore = new Set(opts.ignore ?? []);
  const done = new Set<string>();
  const repCounts = new Map<string, Map<string, number>>();
  for (let round = 0; round < 1000; round++) {
    let again = false;
    for (const tag of [...tags.keys()]) {
      if (ignore.has(tag) || done.has(tag)) continue;
      const orig = tags.get(tag)!;
      let value = orig;
      const rplc = repCounts.get(tag) ?? new Map<string, number>();
      let m = search(value.text, 0);
      let failed = false;
      while (m) {
        const rtag = m[1];
        if (ignore.has(rtag)) {
          m = search(value.text, m.index + m[0].length);
          continue;
        }
        if (rtag === tag || (rplc.get(rtag) ?? 1) > MAX_TAG_REPLACE_COUNT) {
          errors.push({ tag, message: `<${rtag}> refers to itself through '${tag}' (self-referencing definitions); fail2ban cannot resolve it and refuses the filter/action.` });
          failed = true;
          break;
        }
        let repl: MappedText | undefined;
        if (opts.conditional) repl = tags.get(`${rtag}?${opts.conditional}`);
        if (repl === undefined) repl = tags.get(rtag) ?? opts.addrepl?.(rtag);
        if (repl === undefined) {
          m = search(value.text, m.index + m[0].length);
          continue;
        }
        value = value.replaceAll(`<${rtag}>`, repl);
        rplc.set(rtag, (rplc.get(rtag) ?? 0) + 1);
        m = search(value.text, m.index);
      }
      if (failed) {
        // fail2ban raises here; keep what we have and stop working on this tag.
        done.add(tag);
        continue;
      }
      if (value.text !== orig.text) {
        if (search(value.text, 0)) {
          repCounts.set(tag, rplc);
          again = true;
        }
        tags.set(tag, value);
      }
      if (!value.text.includes('<')) done.add(tag);
    }
    if (!again) break;
  }
  return tags;
}
