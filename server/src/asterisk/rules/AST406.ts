import type { RawFinding } from '../../engine/types';
import { rangeAt } from '../dialplan/model';
import { nameKey } from '../dialplan/exten';
import { contextRule, fileFinding } from '../dialplan/ruleKit';

/** `DISA(no-password,…)`: a second dial tone for whoever reaches the extension. */
export const AST406 = contextRule(
  { id: 'AST406', slug: 'disa-no-password', severity: 'error', title: '`DISA(no-password…)`' },
  (c, ctx) => {
    const out: RawFinding[] = [];
    for (const ext of c.extensions) {
      if (ext.dropped || !ext.app || nameKey(ext.app.name) !== 'disa') continue;
      const a = ext.app.args[0];
      if (!a || a.text.trim().toLowerCase() !== 'no-password') continue;
      out.push(fileFinding(ext.loc.file, ctx, {
        message: 'DISA(no-password) gives any caller who reaches this extension an outside dial tone: one leaked or guessed number and your trunks carry their calls. Give DISA a passcode (or a passcode file) and keep it out of contexts reachable without authentication.',
        range: rangeAt(ext.loc, a.start, a.end),
      }));
    }
    return out;
  },
);
