import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { isTrue, lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, optionFinding } from './helpers';
import { removeStatement, general, isChanSip } from './sections';
import { weakCipherTokens } from './tls';

/** chan_sip TLS without server verification, with SSLv2/v3, or with weak ciphers. */
export const AST116: Rule<AsteriskModel> = {
  meta: { id: 'AST116', slug: 'sip-weak-tls', severity: 'warning', title: 'sip.conf TLS without verification, with SSL methods or weak ciphers', fix: 'safe/review' },
  check: ({ config }, ctx) => {
    if (!isChanSip(config, ctx)) return [];
    const g = general(config);
    if (!g || !isTrue(lastVar(g, 'tlsenable')?.value)) return [];
    const out: RawFinding[] = [];
    const noVerify = lastVar(g, 'tlsdontverifyserver');
    if (noVerify && isTrue(noVerify.value)) out.push(optionFinding(g, noVerify, ctx, 'tlsdontverifyserver=yes accepts any certificate from TLS servers Asterisk connects to, so a man in the middle can read and change the signalling. Set tlsdontverifyserver=no.', 'no', 'safe'));
    const method = lastVar(g, 'tlsclientmethod');
    if (method && /^(sslv2|sslv3)$/i.test(method.value.trim())) {
      const local = !method.inheritedFrom && method.file === ctx.doc.file;
      out.push({ message: `tlsclientmethod=${method.value} uses a broken SSL protocol. Remove the line to use the library default (TLS).`, range: local ? method.stmt.range : g.header.nameRange, fixes: local ? [fix('Remove tlsclientmethod', 'review', [removeStatement(ctx, method.stmt)])] : [] });
    }
    const cipher = lastVar(g, 'tlscipher');
    const weak = cipher ? weakCipherTokens(cipher.value) : [];
    if (cipher && weak.length) {
      const local = !cipher.inheritedFrom && cipher.file === ctx.doc.file;
      out.push({ message: `tlscipher allows weak or anonymous suites (${weak.join(', ')}): anonymous suites skip server authentication and the others are breakable. Remove the line to use the library defaults.`, range: local ? cipher.stmt.range : g.header.nameRange, fixes: local ? [fix('Remove tlscipher', 'review', [removeStatement(ctx, cipher.stmt)])] : [] });
    }
    return out;
  },
};
