/**
 * Which filter and which log "Test fail2ban Filter Against Log…" starts from: the filter file itself,
 * or the jail under the cursor (its `filter`, with options, and its `logpath`). A light configparser
 * reading (headers at column 0, `key = value`, indented continuation lines). Pure: no `vscode` import.
 */

export interface JailTarget {
  jail: string;
  /** Filter name as fail2ban resolves it in filter.d (`asterisk`). */
  filterName: string;
  /** Options given with the filter, fail2ban-regex style: `[mode=aggressive]`. */
  filterOptions?: string;
  /** Log files named by `logpath` (interpolations and head/tail markers left out). */
  logpaths: string[];
}

interface Section {
  name: string;
  start: number;
  end: number;
  options: Map<string, string>;
}

function sections(text: string): Section[] {
  const out: Section[] = [];
  let cur: Section | undefined;
  let key: string | undefined;
  text.split(/\r?\n/).forEach((line, n) => {
    if (/^\s*[#;]/.test(line) || !line.trim()) return;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      if (cur) cur.end = n - 1;
      cur = { name: header[1]!, start: n, end: Number.MAX_SAFE_INTEGER, options: new Map() };
      out.push(cur);
      key = undefined;
      return;
    }
    if (!cur) return;
    const value = line.replace(/\s;.*$/, '');
    if (/^\s/.test(line) && key) {
      cur.options.set(key, `${cur.options.get(key)}\n${value.trim()}`);
      return;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(value);
    if (kv) {
      key = kv[1]!.trim().toLowerCase();
      cur.options.set(key, kv[2]!.trim());
    }
  });
  return out;
}

const NOT_JAILS = new Set(['DEFAULT', 'INCLUDES', 'Definition', 'Init']);

export function isFilterFile(fileName: string): boolean {
  return /(^|[\\/])filter\.d[\\/][^\\/]+\.(conf|local)$/.test(fileName);
}

export function jailAt(text: string, cursorLine: number): JailTarget | undefined {
  const s = sections(text).find((x) => cursorLine >= x.start && cursorLine <= x.end && !NOT_JAILS.has(x.name));
  if (!s) return undefined;
  const filter = (s.options.get('filter') ?? s.name).split('\n')[0]!.trim();
  const m = /^([^\[\s]+)\s*(\[.*\])?\s*$/.exec(filter);
  const filterName = m ? m[1]! : filter;
  const logpaths = (s.options.get('logpath') ?? '')
    .split(/\s+/)
    .filter((p) => p && p !== 'head' && p !== 'tail' && !p.includes('%('));
  return { jail: s.name, filterName, ...(m?.[2] ? { filterOptions: m[2] } : {}), logpaths };
}
