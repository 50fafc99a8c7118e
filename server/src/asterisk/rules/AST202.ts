import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { MIN_SECRET_LENGTH, SHORT_SECRET_ERROR_LENGTH, describeShape } from '../../credentials';
import { credentialsOf } from '../credentials/accounts';
import { generatedSecretFix, secretFinding } from '../credentials/secretFix';
import type { AsteriskModel } from '../model';

/** The guide asks for at least 20 characters; below 12 a SIP secret falls to online guessing. */
export const AST202: Rule<AsteriskModel> = {
  meta: { id: 'AST202', slug: 'short-secret', severity: 'warning', title: 'Secret shorter than 20 characters (error below 12)', p1: true, fix: 'review' },
  check(m, ctx) {
    const out: RawFinding[] = [];
    for (const c of credentialsOf(m.config)) {
      if (c.secret === undefined || !c.secretAt) continue;
      const n = [...c.secret].length;
      if (n >= MIN_SECRET_LENGTH) continue;
      out.push(secretFinding(c, ctx.doc.file, {
        message: `The ${c.secretKey} of ${c.label} is ${describeShape(c.secret)}: shorter than ${MIN_SECRET_LENGTH} characters, so scanners that try thousands of passwords a minute can guess it. Use a generated secret of 24 characters.`,
        severity: n < SHORT_SECRET_ERROR_LENGTH ? 'error' : 'warning',
        fixes: generatedSecretFix(c),
      }));
    }
    return out;
  },
};
