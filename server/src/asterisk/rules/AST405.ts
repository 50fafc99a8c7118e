import type { RawFinding } from '../../engine/types';
import { rangeAt } from '../dialplan/model';
import { nameKey } from '../dialplan/exten';
import { contextRule, fileFinding } from '../dialplan/ruleKit';

/** Applications whose data holds dial strings. */
const DIAL_APPS = new Set(['dial', 'originate', 'chanisavail', 'page']);

/** `IAX2/user:secret@host` or `SIP/user:secret@host`; `user:[keyname]@` is an RSA key name, not a secret. */
const CRED = /\b(IAX2|SIP)\/([^/@:,)\s]+):([^@/,)\s[][^@/,)\s]*)@/gi;

/** Credentials written into the dialplan, where `dialplan show` and logs print them. */
export const AST405 = contextRule(
  { id: 'AST405', slug: 'credentials-in-dialstring', severity: 'warning', title: '`IAX2/user:secret@…` or `SIP/user:secret@…` in the dialplan' },
  (c, ctx) => {
    const out: RawFinding[] = [];
    // `site` and `where` are read only on a match: most dial strings have no credential, and an extension's loc is built when read.
    const scan = (value: string, from: number, to: number, site: { loc: Parameters<typeof rangeAt>[0] }, where: () => string): void => {
      // A credential needs a `:` and an `@` in the range: most dial strings have neither.
      const at = value.indexOf('@', from);
      const colon = value.indexOf(':', from);
      if (at === -1 || at >= to || colon === -1 || colon >= to) return;
      CRED.lastIndex = 0;
      const text = value.slice(from, to);
      for (let m = CRED.exec(text); m; m = CRED.exec(text)) {
        const start = from + m.index;
        const loc = site.loc;
        const secretLen = [...m[3]].length;
        out.push(fileFinding(loc.file, ctx, {
          message: `${where()} carries a password in the ${m[1].toUpperCase()} dial string (${secretLen} characters): anyone who can read the dialplan, \`dialplan show\` or verbose logs sees it. Define the peer in ${m[1].toUpperCase() === 'SIP' ? 'sip.conf/pjsip.conf' : 'iax.conf'} with its secret there and dial it by name.`,
          range: rangeAt(loc, start, start + m[0].length),
        }));
      }
    };
    for (const ext of c.extensions) {
      if (ext.dropped || !ext.app || !DIAL_APPS.has(nameKey(ext.app.name))) continue;
      const app = ext.app;
      scan(ext.value, app.dataStart, app.dataEnd, ext, () => `${app.name.trim()}()`);
    }
    for (const inc of c.includes) if (inc.kind === 'switch') scan(inc.value, 0, inc.value.length, inc, () => `${inc.key} =>`);
    return out;
  },
);
