import type { Rule, RuleContext } from '../../engine/rule';
import type { FileEdit, RawFinding } from '../../engine/types';
import type { JailOption } from '../config/jail';
import { parseBool } from '../config/jail';
import type { Fail2banModel } from '../model';
import { ownedJails, pointAt, setOption, whereSet, type OwnedJail } from './shared';

/** `splitwords` (helpers.py): fail2ban splits ignoreip on spaces, commas and newlines. */
export function ignoreipEntries(value: string | undefined): string[] {
  return (value ?? '').split(/[ ,\n]+/).map((s) => s.trim()).filter(Boolean);
}

const V4_LOOPBACK = ['127.0.0.1', '127.0.0.1/8', '127.0.0.0/8'];
const V6_LOOPBACK = ['::1', '::1/128'];

/** Appends to ignoreip where this jail section sets it (any number of lines, comments kept), else sets it here. */
function addEntries(ctx: RuleContext, model: Fail2banModel, owned: OwnedJail, ignoreip: JailOption | undefined, entries: string[], missing: string[]): FileEdit {
  const own = ignoreip?.setBy;
  if (own && own.file === model.file && own.section === owned.section.name) {
    const last = [...own.lines].reverse().find((l) => l.text) ?? own.lines[0];
    const at = { line: last.line, character: last.end };
    return { file: ctx.doc.file, range: { start: at, end: at }, newText: (last.text ? ' ' : '') + missing.join(' ') };
  }
  return setOption(ctx, model, owned, ignoreip, 'ignoreip', [...entries, ...missing].join(' '));
}

export const F2B101: Rule<Fail2banModel> = {
  meta: {
    id: 'F2B101',
    slug: 'ignoreip-own-addresses',
    severity: 'warning',
    title: 'Enabled jail whose ignoreip lacks loopback (with ignoreself = false) or is empty',
    p1: true,
    fix: 'safe/review',
  },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const owned of ownedJails(model)) {
      const { jail } = owned;
      if (!jail.enabled) continue;
      const ignoreip = jail.get('ignoreip');
      const entries = ignoreipEntries(ignoreip?.value);
      const ignoreself = parseBool(jail.get('ignoreself')?.value) ?? true;
      if (!ignoreself) {
        const missing = [
          ...(entries.some((e) => V4_LOOPBACK.includes(e)) ? [] : ['127.0.0.1/8']),
          ...(entries.some((e) => V6_LOOPBACK.includes(e)) ? [] : ['::1']),
        ];
        if (missing.length) {
          const opt = jail.get('ignoreself');
          out.push({
            message: `Jail [${jail.name}] has ignoreself = false (${whereSet(model, opt)}) and its ignoreip lacks ${missing.join(' and ')}: fail2ban may ban the host itself (local scripts, health checks, a proxy), cutting off the service. Add loopback to ignoreip.`,
            range: pointAt(model, owned, ignoreip?.setBy?.file === model.file ? ignoreip : opt),
            fixes: [{ title: `Add ${missing.join(' ')} to ignoreip of [${jail.name}]`, kind: 'safe', edits: [addEntries(ctx, model, owned, ignoreip, entries, missing)] }],
          });
          continue;
        }
      }
      if (!entries.length) {
        out.push({
          severity: 'info',
          message: `Jail [${jail.name}] is enabled with an empty ignoreip: a mistyped password from your own office or VPN address gets you banned too. List those addresses in ignoreip (ignoreself already covers this host's own addresses).`,
          range: pointAt(model, owned, ignoreip),
          fixes: [{ title: `Insert ignoreip in [${jail.name}] (replace <your address>)`, kind: 'review', edits: [setOption(ctx, model, owned, ignoreip, 'ignoreip', '127.0.0.1/8 ::1 <your address>')] }],
        });
      }
    }
    return out;
  },
};
