import type { RawFinding } from '../../engine/types';
import { rangeAt } from '../dialplan/model';
import { contextRule, fileFinding, makeFix } from '../dialplan/ruleKit';

/**
 * `_.` and `_!` also match the special extensions `h`, `i`, `t`, `s`…, so hangup and invalid
 * handling fall into the catch-all; Asterisk itself warns about them (pbx_config.c).
 */
export const AST403 = contextRule(
  { id: 'AST403', slug: 'catch-all-pattern', severity: 'warning', title: 'Extension pattern exactly `_.` or `_!`', fix: 'safe' },
  (c, ctx) => {
    const out: RawFinding[] = [];
    for (const ext of c.extensions) {
      if (ext.kind !== 'exten' || !ext.pattern?.catchAll) continue;
      const p = ext.pattern;
      const r = rangeAt(ext.loc, p.start, p.end);
      const better = `_X${p.text[1]}`;
      out.push(fileFinding(ext.loc.file, ctx, {
        message: `Pattern ${p.text} matches everything, including the special extensions h, i, t and s, so hangup and invalid-number handling never run and any string the caller sends is accepted. Use ${better} (digits first).`,
        range: r,
        fixes: [makeFix(`Replace with ${better}`, 'safe', [{ file: ext.loc.file, range: r, newText: better }])],
      }));
    }
    return out;
  },
);
