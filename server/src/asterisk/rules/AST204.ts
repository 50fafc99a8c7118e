import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { assessSecret } from '../../credentials';
import { credentialsOf } from '../credentials/accounts';
import { generatedSecretFix, secretFinding } from '../credentials/secretFix';
import type { AsteriskModel } from '../model';

/** Digits only, dictionary words (Asterisk's sample secrets first), low variety, or a low zxcvbn score. */
export const AST204: Rule<AsteriskModel> = {
  meta: { id: 'AST204', slug: 'guessable-secret', severity: 'error', title: 'Secret all digits, in a dictionary, low variety, or with a low strength estimate', p1: true, fix: 'review' },
  check(m, ctx) {
    const out: RawFinding[] = [];
    for (const c of credentialsOf(m.config)) {
      if (c.secret === undefined || !c.secretAt) continue;
      const a = assessSecret(c.secret, { identities: c.identities });
      if (!a.guessable.length) continue;
      out.push(secretFinding(c, ctx.doc.file, {
        message: `The ${c.secretKey} of ${c.label} is guessable (${a.shape}: ${a.guessable.join('; ')}). Password-guessing tools try these first. Use a generated secret.`,
        fixes: generatedSecretFix(c),
      }));
    }
    return out;
  },
};
