import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { inFile, isLocal } from './helpers';
import { sectionsOfType } from './sections';

/** ARI user whose password is stored in plain text (the default). */
export const AST320: Rule<AsteriskModel> = {
  meta: { id: 'AST320', slug: 'ari-plain-password', severity: 'warning', title: 'ARI password stored in plain text' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'ari') return [];
    const out: RawFinding[] = [];
    for (const s of sectionsOfType(config, 'user')) {
      const f = lastVar(s, 'password_format');
      if (f && f.value.trim().toLowerCase() !== 'plain') continue;
      out.push({
        message: `ARI user [${s.name}] keeps its password in plain text${f ? '' : ' (password_format defaults to plain)'}: anyone who can read ari.conf (backups, AMI config access) gets a working login. Store a crypt hash (mkpasswd -m sha-512) with password_format=crypt.`,
        range: f && isLocal(f, ctx) ? f.stmt.range : s.header.nameRange,
        ...(f && isLocal(f, ctx) ? {} : inFile(s, ctx)),
      });
    }
    return out;
  },
};
