import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { IptModel } from '../model';
import { rangeOf } from './util';

/** A script of -A lines: one failing line leaves a partial firewall, and a re-run appends duplicates. */
export const IPT310: Rule<IptModel> = {
  meta: { id: 'IPT310', slug: 'script-not-atomic', severity: 'warning', title: 'Shell script of -A rules with no flush or set -e' },
  check(model, ctx) {
    if (model.form !== 'shell' || model.shell?.setE || model.shell?.restore) return [];
    const appends = model.commands.filter((c) => c.command?.letter === 'A');
    if (!appends.length || model.commands.some((c) => c.command?.letter === 'F')) return [];
    const first = appends[0];
    const out: RawFinding[] = [{
      message: `This script appends ${appends.length} rules with no flush and no \`set -e\`: a line that fails is skipped silently and the rest still loads (a partial firewall), and running it again appends duplicates after the final DROP. Prefer an iptables-restore file (atomic), or start with \`set -e\` and flush (-F) the chains first.`,
      range: rangeOf(ctx, first.start, first.end),
    }];
    return out;
  },
};
