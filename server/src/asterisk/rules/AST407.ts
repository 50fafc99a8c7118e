import type { RawFinding } from '../../engine/types';
import { contextRule, fileFinding } from '../dialplan/ruleKit';

/** pbx_config drops `same =>` and `n` priorities that have no earlier line in the context. */
export const AST407 = contextRule(
  { id: 'AST407', slug: 'same-before-exten', severity: 'error', title: '`same =>` or priority `n` as the first line of a context (dropped by Asterisk)' },
  (c, ctx) => {
    const out: RawFinding[] = [];
    for (const ext of c.extensions) {
      if (!ext.dropped) continue;
      const sameFirst = ext.kind === 'same' && !ext.pattern;
      const nextFirst = ext.priority?.kind === 'next' && ext.dropped.startsWith('priority `n`');
      if (!sameFirst && !nextFirst) continue;
      out.push(fileFinding(ext.loc.file, ctx, {
        message: sameFirst
          ? `\`same =>\` has no earlier \`exten =>\` in context [${c.name}]: Asterisk drops this line ("No previous pattern in the first entry"), so this step never runs. Start the context with \`exten => <extension>,1,…\`.`
          : `Priority \`n\` on the first line of context [${c.name}] has no previous priority: Asterisk drops this line, so this step never runs. Use priority 1.`,
        range: { start: ext.keyRange.start, end: { line: ext.loc.line, character: ext.loc.endCol } },
      }));
    }
    return out;
  },
);
