import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { resolveBeside } from '../config/files';
import { systemConfigDir } from '../config/env';
import type { Fail2banModel } from '../model';
import { includeLines, spanRange } from './shared';

const STOCK_INCLUDES = /^(common|paths-\w+|iptables[\w-]*|nftables[\w-]*|sendmail-common|mail-whois-common|helpers-common|firewallcmd-common|bsd-ipfw|pf|ufw|route|shorewall)\.conf$/;

export const F2B007: Rule<Fail2banModel> = {
  meta: { id: 'F2B007', slug: 'include-not-found', severity: 'warning', title: 'An `[INCLUDES]` file that does not exist' },
  check(model, ctx) {
    const out: RawFinding[] = [];
    for (const { line: l } of includeLines(model)) {
      // `a.conf b.conf` on one line is F2B006's finding.
      if (!l.text || /\s/.test(l.text)) continue;
      // .local includes are optional by design (common.local, paths-overrides.local).
      if (l.text.endsWith('.local')) continue;
      // Without the installed fail2ban dir, stock files such as common.conf cannot be checked.
      if (!systemConfigDir(ctx) && STOCK_INCLUDES.test(l.text)) continue;
      if (resolveBeside(model.env.dirs, model.file, l.text)) continue;
      out.push({
        message: `Included file '${l.text}' does not exist next to this file (nor in ${model.env.dirs.bases.join(', ') || 'the fail2ban directory'}): fail2ban skips it silently, so whatever it defines (e.g. __prefix_line from common.conf) is missing. Fix the name or add the file.`,
        range: spanRange(l),
      });
    }
    return out;
  },
};
