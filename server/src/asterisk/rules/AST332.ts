import type { Rule } from '../../engine/rule';
import { firstSection, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';

/** asterisk.conf without `runuser`: Asterisk keeps the privileges of whoever starts it (often root). */
export const AST332: Rule<AsteriskModel> = {
  meta: { id: 'AST332', slug: 'core-runs-as-root', severity: 'info', title: 'asterisk.conf sets no runuser (Asterisk may run as root)' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'asterisk') return [];
    const o = firstSection(config, 'options');
    if (o && lastVar(o, 'runuser')?.value.trim()) return [];
    const anchor = o ?? config.sections.find((s) => s.file === ctx.doc.file && !s.template);
    if (!anchor || anchor.file !== ctx.doc.file) return [];
    return [{
      message: 'No runuser is set, so Asterisk keeps the privileges of whoever starts it, usually root: any command injection or AMI abuse then owns the machine. Set runuser=asterisk and rungroup=asterisk in [options] (unless your init system already starts it as that user).',
      range: anchor.header.nameRange,
    }];
  },
};
