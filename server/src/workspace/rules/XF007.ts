import type { CrossFileRule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { firstSection } from '../../asterisk/config/query';
import { dialplanOf } from '../../asterisk/dialplan/host';
import { rangeAt } from '../../asterisk/dialplan/model';
import type { AsteriskModel } from '../../asterisk/model';
import { dialableNames } from '../facts/asterisk';
import { serverView, type ServerView } from '../view';

/** Realtime families that load accounts from a database: names then exist beyond the files. */
function realtime(view: ServerView, family: string[]): boolean {
  const ext = view.asterisk('extconfig.conf');
  const s = ext ? firstSection(ext, 'settings') : undefined;
  return !!s && s.variables.some((v) => family.includes(v.key));
}

/**
 * The account part of a dial string: `SIP/[exten@]peer[:port][/exten]`, `PJSIP/[exten@]endpoint[/uri]`.
 * For SIP a dotted name or an address is a host chan_sip dials directly, not an account.
 */
function accountOf(tech: 'SIP' | 'PJSIP', rest: string): { name: string; offset: number } | undefined {
  const slash = rest.indexOf('/');
  const head = slash >= 0 ? rest.slice(0, slash) : rest;
  const atIdx = head.lastIndexOf('@');
  let name = atIdx >= 0 ? head.slice(atIdx + 1) : head;
  const offset = atIdx >= 0 ? atIdx + 1 : 0;
  if (tech === 'SIP') name = name.replace(/:\d+$/, '');
  if (!name || /[$\[{]/.test(name)) return undefined;
  if (tech === 'SIP' && (/[.:]/.test(name))) return undefined;
  return { name, offset };
}

export const XF007: CrossFileRule = {
  meta: {
    id: 'XF007',
    slug: 'dial-unknown-peer',
    severity: 'warning',
    title: 'Dialplan Dial(SIP/x) or Dial(PJSIP/x) names no account of sip.conf/pjsip.conf',
  },
  languages: ['asterisk-conf'],
  check(file, ctx) {
    const dp = dialplanOf(file.model as AsteriskModel);
    if (!dp) return [];
    const view = serverView(file, ctx);
    const sip = view.asterisk('sip.conf');
    const pjsip = view.asterisk('pjsip.conf');
    const wizard = view.asterisk('pjsip_wizard.conf');
    const known = {
      SIP: sip && view.chanSip() && !realtime(view, ['sippeers', 'sipusers']) ? dialableNames(sip) : undefined,
      PJSIP: (pjsip || wizard) && view.pjsip() && !realtime(view, ['ps_endpoints']) ? new Set([...(pjsip ? dialableNames(pjsip) : []), ...(wizard ? dialableNames(wizard) : [])]) : undefined,
    };
    const out: RawFinding[] = [];
    // Nothing to compare against (no account file, or realtime): no finding, no need to read every Dial().
    if (!known.SIP && !known.PJSIP) return out;
    for (const c of dp.contexts) {
      if (c.file !== file.doc.file) continue;
      for (const ext of c.extensions) {
        const app = ext.app;
        if (!app || app.name.toLowerCase() !== 'dial' || !app.args[0]) continue;
        const arg = app.args[0];
        let off = 0;
        for (const dev of arg.text.split('&')) {
          const m = /^\s*(SIP|PJSIP)\/(.*)$/i.exec(dev);
          const start = arg.start + off + (m ? dev.indexOf('/') + 1 : 0);
          off += dev.length + 1;
          if (!m) continue;
          const tech = m[1].toUpperCase() as 'SIP' | 'PJSIP';
          const names = known[tech];
          const acct = names ? accountOf(tech, m[2]) : undefined;
          if (!names || !acct || names.has(acct.name)) continue;
          const s = start + acct.offset;
          const conf = tech === 'SIP' ? 'sip.conf' : 'pjsip.conf';
          out.push({
            message: `Dial(${tech}/${acct.name}) names no ${tech === 'SIP' ? 'peer' : 'endpoint'} of ${conf}${tech === 'SIP' ? ' (chan_sip then looks it up as a host name)' : ''}: the call fails (CHANUNAVAIL)${tech === 'SIP' ? ' unless that name resolves in DNS' : ''}. Check the spelling (names are case-sensitive) or define the account in ${conf}.`,
            range: rangeAt(ext.loc, s, s + acct.name.length),
          });
        }
      }
    }
    return out;
  },
};
