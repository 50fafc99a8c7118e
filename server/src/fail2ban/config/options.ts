/**
 * `name[opt=val, opt2="v, w"][opt3=x]` as fail2ban reads it in `filter =` and `action =` values
 * (helpers.py `extractOptions`, `splitWithOptions`): same regular expressions, translated to JS.
 */

const OPTION_CRE = /^([^[]+)(?:\[([\s\S]*)\])?\s*$/;
const OPTION_EXTRACT_CRE = /\s*([\w\-_.]+)=(?:"([^"]*)"|'([^']*)'|([^,\]]*))(?:,|\]\s*\[|$|(?<wrngA>.+))|,?\s*$|(?<wrngB>.+)/gs;
const OPTION_SPLIT_CRE = /(?:[^[\s]+(?:\s*\[\s*(?:[\w\-_.]+=(?:"[^"]*"|'[^']*'|[^,\]]*)\s*(?:,|\]\s*\[)?\s*)*\])?\s*|\S+)(?=\n\s*|\s+|$)/gs;

export interface ExtractedOptions {
  name: string;
  options: Record<string, string>;
  /** Set when fail2ban would raise ValueError ("unexpected syntax…" / "expected option…"). */
  error?: string;
}

export function extractOptions(text: string): ExtractedOptions {
  const m = OPTION_CRE.exec(text);
  if (!m) return { name: text.trim(), options: {}, error: 'unexpected option syntax' };
  const out: ExtractedOptions = { name: m[1], options: {} };
  const optstr = m[2];
  if (optstr) {
    for (const om of optstr.matchAll(OPTION_EXTRACT_CRE)) {
      const g = om.groups ?? {};
      if (g.wrngA) {
        out.error = `unexpected syntax after option '${om[1]}': ${g.wrngA.slice(0, 25)}`;
        break;
      }
      if (g.wrngB) {
        out.error = `expected option, wrong syntax: ${g.wrngB.slice(0, 25)}`;
        break;
      }
      if (!om[1]) continue;
      const v = om[2] ?? om[3] ?? om[4] ?? '';
      out.options[om[1].trim()] = v.trim();
    }
  }
  return out;
}

/** Splits an `action =` value into its actions, each with its bracketed options (newlines allowed inside). */
export function splitWithOptions(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  for (const m of text.matchAll(OPTION_SPLIT_CRE)) out.push({ text: m[0], offset: m.index ?? 0 });
  return out;
}
