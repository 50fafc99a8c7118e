import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { describeShape } from '../../credentials';
import { credentialsOf, type Credential } from '../credentials/accounts';
import { secretFinding } from '../credentials/secretFix';
import { credentialConfigs } from '../credentials/workspace';
import type { AsteriskModel } from '../model';

/** A `register =>` line and the peer it registers as share the provider's secret by design. */
function sameTrunk(a: Credential, b: Credential): boolean {
  const [reg, peer] = a.kind === 'sip-register' ? [a, b] : [b, a];
  if (reg.kind !== 'sip-register' || peer.kind !== 'sip') return false;
  const u = reg.user.toLowerCase();
  return u === peer.user.toLowerCase() || u === peer.section.key;
}

/** One leaked secret should not open several accounts (across sip, pjsip, iax, manager, ari). */
export const AST206: Rule<AsteriskModel> = {
  meta: { id: 'AST206', slug: 'reused-secret', severity: 'warning', title: 'The same secret on two accounts (across files)' },
  check(m, ctx) {
    const mine = credentialsOf(m.config).filter((c) => c.secret !== undefined && c.secretAt);
    if (!mine.length) return [];
    const all: Credential[] = [...mine];
    for (const cfg of credentialConfigs(ctx.doc.file, ctx)) all.push(...credentialsOf(cfg).filter((c) => c.secret !== undefined));
    const out: RawFinding[] = [];
    for (const c of mine) {
      // A register => line of a peer reuses that peer's own secret legitimately; compare accounts, not lines.
      const others = all.filter((o) => o !== c && o.secret === c.secret && !(o.section === c.section && o.kind === c.kind) && !sameTrunk(c, o));
      if (!others.length) continue;
      const names = others.slice(0, 3).map((o) => o.label).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
      out.push(secretFinding(c, ctx.doc.file, {
        message: `The ${c.secretKey} of ${c.label} (${describeShape(c.secret!)}) is also the secret of ${names}: one leak opens every one of them. Give each account its own generated secret.`,
      }));
    }
    return out;
  },
};
