import type { Rule } from '../../engine/rule';
import type { AsteriskModel } from '../model';

/** sip.conf on Asterisk 21 or later: chan_sip no longer exists, the file is not read at all. */
export const AST118: Rule<AsteriskModel> = {
  meta: { id: 'AST118', slug: 'chan-sip-removed', severity: 'info', title: 'sip.conf present while the target Asterisk version has no chan_sip' },
  check: ({ config }, ctx) => {
    const version = ctx.settings.asterisk.targetVersion;
    if (config.kind !== 'sip' || version < 21) return [];
    const first = config.sections.find((s) => s.file === ctx.doc.file);
    return [{
      message: `Asterisk ${version} has no chan_sip (removed in 21, deprecated since 17): nothing in sip.conf is used. Move these accounts to pjsip.conf (Asterisk ships contrib/scripts/sip_to_pjsip) and delete this file.`,
      range: first ? first.header.nameRange : ctx.lines.lineRange(0),
    }];
  },
};
