import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { describeUsername, generateUsername } from '../../credentials';
import { accountNames } from '../credentials/accounts';
import { renameEdits } from '../credentials/rename';
import { extensionNumbersOf, workspaceDialplans } from '../credentials/workspace';
import type { Dialplan } from '../dialplan/types';
import type { AsteriskModel } from '../model';

/**
 * Scanners enumerate `100`, `admin`, first names…: an account name that is short, numeric or
 * common is half the credential. The extension number users dial can stay (the guide: extension
 * 100 → account aB7ytWxEd), only the account is renamed.
 */
export const AST201: Rule<AsteriskModel> = {
  meta: { id: 'AST201', slug: 'weak-username', severity: 'warning', title: 'SIP/IAX account name shorter than 8 characters, all digits, or a common name', p1: true, fix: 'review' },
  check(m, ctx) {
    const out: RawFinding[] = [];
    let dialplans: Dialplan[] | undefined;
    for (const acct of accountNames(m.config)) {
      const { reasons } = describeUsername(acct.name);
      if (!reasons.length) continue;
      dialplans ??= workspaceDialplans(ctx.doc.file, ctx);
      const newName = generateUsername();
      const edits = renameEdits(acct, newName, m.config, dialplans, ctx);
      const exts = extensionNumbersOf(acct.tech, acct.name, dialplans);
      const other = new Set(edits.map((e) => e.file).filter((f) => f !== ctx.doc.file)).size;
      out.push({
        message: `The ${acct.what} name "${acct.name}" is weak (${reasons.join('; ')}): scanners try such names first, and a known name leaves only the secret to guess. Rename the account to a generated name; ${exts.length ? `extension ${exts.join(', ')} can keep dialling it` : 'users keep their extension numbers'}.`,
        range: acct.range,
        ...(acct.file !== ctx.doc.file ? { file: acct.file } : {}),
        fixes: [{
          title: `Rename account "${acct.name}" to a generated name and update ${edits.length} reference${edits.length === 1 ? '' : 's'}${other ? ` (also in ${other} other file${other === 1 ? '' : 's'})` : ''}; re-provision the phone`,
          kind: 'review',
          edits,
        }],
      });
    }
    return out;
  },
};
