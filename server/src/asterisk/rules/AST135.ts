import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, missingOptionFinding, optionFinding } from './helpers';
import { listNames } from './pjsip';
import { removeStatement, sectionsOfType } from './sections';
import { OLD_TLS_METHODS, weakCipherTokens } from './tls';

/** pjsip TLS transports with an old method, weak ciphers, or outbound use without server verification. */
export const AST135: Rule<AsteriskModel> = {
  meta: { id: 'AST135', slug: 'pjsip-weak-tls', severity: 'warning', title: 'pjsip TLS transport with an old method, weak ciphers or no server verification', fix: 'safe/review' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'pjsip') return [];
    const out: RawFinding[] = [];
    const tls = sectionsOfType(config, 'transport').filter((t) => /^(tls|wss)$/i.test((lastVar(t, 'protocol')?.value ?? '').trim()));
    // Transports used for outbound authenticated traffic: named by a registration or an endpoint with outbound_auth (or implied when only one TLS transport exists).
    const outbound = new Set<string>();
    for (const s of [...sectionsOfType(config, 'registration'), ...sectionsOfType(config, 'endpoint').filter((e) => listNames(lastVar(e, 'outbound_auth')?.value).length)]) {
      const t = lastVar(s, 'transport')?.value.trim().toLowerCase();
      if (t) outbound.add(t);
      else if (tls.length === 1) outbound.add(tls[0].key);
    }
    for (const t of tls) {
      if (t.file !== ctx.doc.file) continue;
      const method = lastVar(t, 'method');
      if (!method) out.push(missingOptionFinding(t, 'method', ctx, `TLS transport [${t.name}] sets no method, and the default is documented as TLSv1, which is obsolete. Set method=tlsv1_2 (or tlsv1_3).`, 'tlsv1_2', 'safe'));
      else if (OLD_TLS_METHODS.has(method.value.trim().toLowerCase())) out.push(optionFinding(t, method, ctx, `method=${method.value} on TLS transport [${t.name}] allows obsolete protocol versions. Set method=tlsv1_2 (or tlsv1_3).`, 'tlsv1_2', 'safe'));
      const cipher = lastVar(t, 'cipher');
      const weak = cipher ? weakCipherTokens(cipher.value) : [];
      if (cipher && weak.length) {
        const local = !cipher.inheritedFrom && cipher.file === ctx.doc.file;
        out.push({
          message: `cipher on [${t.name}] allows anonymous or weak suites (${weak.join(', ')}): anonymous Diffie-Hellman authenticates no server, so anyone in the path can intercept. Remove the line to use OpenSSL's defaults.`,
          range: local ? cipher.stmt.range : t.header.nameRange, severity: 'error',
          fixes: local ? [fix('Remove the cipher line', 'review', [removeStatement(ctx, cipher.stmt)])] : [],
        });
      }
      if (outbound.has(t.key)) {
        const verify = lastVar(t, 'verify_server');
        if (!verify) out.push(missingOptionFinding(t, 'verify_server', ctx, `[${t.name}] carries outbound TLS (registrations or outbound authentication) without verify_server, so any certificate is accepted and a man in the middle can capture the credentials. Set verify_server=yes.`, 'yes', 'safe'));
        else if (!isTrue(verify.value)) out.push(optionFinding(t, verify, ctx, `verify_server=${verify.value} on [${t.name}], which carries outbound TLS: any certificate is accepted, so a man in the middle can capture the credentials. Set verify_server=yes.`, 'yes', 'safe'));
      }
    }
    return out;
  },
};
