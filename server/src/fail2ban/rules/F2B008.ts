import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { DAEMON_OPTIONS, FILTER_OPTIONS, JAIL_OPTIONS, levenshtein } from '../catalogue';
import type { Fail2banModel } from '../model';
import { spanRange } from './shared';

/** Names referenced anywhere through `%(name)s` or `<name>`: a helper variable, not a typo. */
function referenced(model: Fail2banModel): Set<string> {
  const out = new Set<string>();
  const { config } = model.jails();
  const scan = (v: string) => {
    for (const m of v.matchAll(/%\(([^)]+)\)s/g)) out.add(m[1].toLowerCase().replace(/^[\w-]+\//, ''));
    for (const m of v.matchAll(/<([^ <>]+)>/g)) out.add(m[1].toLowerCase());
  };
  for (const e of config.defaults.values()) scan(e.value);
  for (const s of config.sections.values()) for (const e of s.values()) scan(e.value);
  return out;
}

export const F2B008: Rule<Fail2banModel> = {
  meta: { id: 'F2B008', slug: 'unknown-option', severity: 'warning', title: 'Unknown jail option (typo); suggests the closest', fix: 'safe' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    if (model.kind !== 'jail' && model.kind !== 'daemon') return out;
    const known = model.kind === 'jail' ? { ...JAIL_OPTIONS, ...FILTER_OPTIONS } : DAEMON_OPTIONS;
    const names = Object.keys(known);
    let refs: Set<string> | undefined;
    for (const sec of model.ini.sections) {
      if (sec.name === 'INCLUDES') continue;
      for (const opt of sec.options) {
        const k = opt.key;
        if (k in known || k.startsWith('known/') || k.startsWith('action_') || k.includes('?')) continue;
        let best: string | undefined;
        let dist = Infinity;
        for (const n of names) {
          const d = levenshtein(k, n);
          if (d < dist) [best, dist] = [n, d];
        }
        // Only a near miss is a typo; anything else is a user variable (e.g. `my_ports` used as %(my_ports)s).
        if (!best || dist > (k.length > 6 ? 2 : 1)) continue;
        refs ??= model.kind === 'jail' ? referenced(model) : new Set();
        if (refs.has(k)) continue;
        out.push({
          message: `'${opt.rawKey}' is not a ${model.kind === 'jail' ? 'jail' : 'fail2ban.conf'} option fail2ban knows, so it is silently ignored; did you mean '${best}'?`,
          range: spanRange(opt.keySpan),
          fixes: [{ title: `Rename to '${best}'`, kind: 'safe', edits: [{ file: ctx.doc.file, range: spanRange(opt.keySpan), newText: best }] }],
        });
      }
    }
    return out;
  },
};
