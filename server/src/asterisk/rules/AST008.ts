import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { AsteriskModel } from '../model';
import { edit, fix } from './helpers';

/** Keys whose value is a credential (a `;` in them must be written `\;`). */
export const CREDENTIAL_KEYS = new Set(['secret', 'md5secret', 'remotesecret', 'password', 'dbsecret', 'inbound_auth/password', 'outbound_auth/password', 'md5_cred']);

/** `password=ab;cd`: the `;` starts a comment, so the real secret is silently shorter. */
export const AST008: Rule<AsteriskModel> = {
  meta: { id: 'AST008', slug: 'unescaped-semicolon-in-secret', severity: 'warning', title: 'An unescaped `;` cuts a credential value short', fix: 'review' },
  check: ({ config }, ctx) => {
    const out: RawFinding[] = [];
    const byLine = new Map<number, number>();
    for (const c of config.syntax.comments) if (c.kind === 'line') byLine.set(c.range.start.line, c.range.start.character);
    for (const st of config.syntax.statements) {
      if (st.kind !== 'variable' || !CREDENTIAL_KEYS.has(st.name.toLowerCase())) continue;
      const col = byLine.get(st.line);
      if (col === undefined || col === 0) continue;
      const before = ctx.lines.lineText(st.line)[col - 1];
      // `secret=abc ; note` is a deliberate comment; `secret=abc;def` is a secret with a `;` in it.
      if (before === ' ' || before === '\t' || col <= st.opRange.end.character) continue;
      out.push({
        message: `The \`;\` in this ${st.name} starts a comment, so Asterisk uses only the ${st.value.length} characters before it as the ${st.name}. If the \`;\` belongs to the ${st.name}, write it as \`\\;\`.`,
        range: { start: st.valueRange.start, end: { line: st.line, character: col + 1 } },
        fixes: [fix('Escape the `;` as `\\;` (the rest of the line becomes part of the value)', 'review', [edit(ctx.doc.file, { start: { line: st.line, character: col }, end: { line: st.line, character: col + 1 } }, '\\;')])],
      });
    }
    return out;
  },
};
