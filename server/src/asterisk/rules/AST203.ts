import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { describeShape, matchIdentity, type Identity } from '../../credentials';
import { credentialsOf, type Credential } from '../credentials/accounts';
import { generatedSecretFix, secretFinding } from '../credentials/secretFix';
import { extensionNumbersOf, workspaceDialplans } from '../credentials/workspace';
import type { Dialplan } from '../dialplan/types';
import type { AsteriskModel } from '../model';

function extensionIdentities(c: Credential, dialplans: Dialplan[]): Identity[] {
  const tech = c.kind === 'sip' ? 'SIP' : c.kind === 'iax' ? 'IAX2' : c.kind === 'pjsip-auth' ? 'PJSIP' : undefined;
  if (!tech) return [];
  const names = c.kind === 'pjsip-auth' ? c.identities.filter((i) => i.kind.startsWith('the endpoint name')).map((i) => i.value) : [c.section.name];
  return names.flatMap((n) => extensionNumbersOf(tech, n, dialplans)).map((x) => ({ kind: 'the extension number it is dialled as', value: x }));
}

/** `100` / `100`: the first guess of every scanner is the account name itself, reversed or padded. */
export const AST203: Rule<AsteriskModel> = {
  meta: { id: 'AST203', slug: 'secret-matches-identity', severity: 'error', title: 'Secret equals, contains or reverses the username, section name or extension number', p1: true, fix: 'review' },
  check(m, ctx) {
    const out: RawFinding[] = [];
    let dialplans: Dialplan[] | undefined;
    for (const c of credentialsOf(m.config)) {
      if (c.secret === undefined || !c.secretAt) continue;
      let hit = matchIdentity(c.secret, c.identities);
      if (!hit) {
        dialplans ??= workspaceDialplans(ctx.doc.file, ctx);
        hit = matchIdentity(c.secret, extensionIdentities(c, dialplans));
      }
      if (!hit) continue;
      out.push(secretFinding(c, ctx.doc.file, {
        message: `The ${c.secretKey} of ${c.label} (${describeShape(c.secret)}) ${hit.how} ${hit.kind}: it is the first thing a scanner tries. Use a generated secret unrelated to the account.`,
        fixes: generatedSecretFix(c),
      }));
    }
    return out;
  },
};
