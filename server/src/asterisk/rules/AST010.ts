import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { edit, fix } from './helpers';

const KINDS = new Set(['sip', 'iax', 'manager']);

/** A second `[general]` in sip/iax/manager.conf: the module reads only the first, the rest is ignored. */
export const AST010: Rule<AsteriskModel> = {
  meta: { id: 'AST010', slug: 'duplicate-general', severity: 'error', title: 'A second [general] section (without (+)) is ignored', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (!KINDS.has(config.kind)) return [];
    const generals = config.sections.filter((s) => s.key === 'general' && !s.template);
    const out: RawFinding[] = [];
    for (const s of generals.slice(1)) {
      if (s.file !== ctx.doc.file) continue;
      const h = s.header;
      const close = h.nameRange.end;
      out.push({
        message: `This is a second [general]: ${config.kind}.conf reads only the first one, so its ${s.variables.length} setting(s) are silently ignored. Write [general](+) to add them to the first.`,
        range: h.nameRange,
        fixes: h.options || h.spaceBeforeOptions ? [] : [fix('Turn it into [general](+)', 'safe', [edit(ctx.doc.file, { start: { line: close.line, character: close.character + 1 }, end: { line: close.line, character: close.character + 1 } }, '(+)')])],
      });
    }
    return out;
  },
};
