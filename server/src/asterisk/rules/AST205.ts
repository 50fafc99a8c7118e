import { createHash } from 'node:crypto';
import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { ASTERISK_SAMPLE_SECRETS, COMMON_PASSWORDS } from '../../credentials/dictionary';
import { credentialsOf } from '../credentials/accounts';
import type { AsteriskModel } from '../model';

const md5 = (s: string): string => createHash('md5').update(s).digest('hex');

/** Candidates tried against a hash: the built-in dictionaries, then the identities of the account. */
function candidates(identities: string[]): string[] {
  const out = new Set<string>([...ASTERISK_SAMPLE_SECRETS, ...COMMON_PASSWORDS]);
  for (const i of identities) for (const v of [i, i.toLowerCase(), [...i].reverse().join('')]) out.add(v);
  return [...out];
}

/** An `md5secret`/`md5_cred`/`password_digest` that is md5(user:realm:weak) hides nothing. */
export const AST205: Rule<AsteriskModel> = {
  meta: { id: 'AST205', slug: 'weak-secret-hash', severity: 'error', title: 'md5secret/md5_cred/password_digest is the hash of a dictionary or identity secret' },
  check(m, ctx) {
    const out: RawFinding[] = [];
    for (const c of credentialsOf(m.config)) {
      const h = c.hash;
      if (!h || !/^[0-9a-f]{32}$/.test(h.value)) continue;
      const tried = candidates(c.identities.map((i) => i.value));
      const realm = [...new Set(h.realms)].find((r) => tried.some((x) => md5(`${h.user}:${r}:${x}`) === h.value));
      if (realm === undefined) continue;
      out.push({
        message: `${h.key} of ${c.label} is md5(${h.user}:${realm}:<password>) of a dictionary word or of the account's own name: cracking it takes a fraction of a second, and the hash authenticates like the password. Set a new generated secret and recompute the hash.`,
        range: h.range,
        ...(h.file !== ctx.doc.file ? { file: h.file } : {}),
      });
    }
    return out;
  },
};
