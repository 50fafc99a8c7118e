import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskModel } from '../model';
import { fix, missingOptionFinding, optionFinding, replaceValue } from './helpers';
import { general, hostPart, isChanSip, portPart, sectionsOfType } from './sections';

/**
 * A port suggestion that differs between servers but stays stable for one file (so the code action
 * does not change on every keystroke): 40000-49999, above the usual RTP ranges.
 */
export function suggestedPort(file: string): number {
  let h = 2166136261;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 16777619) >>> 0;
  return 40000 + (h % 10000);
}

const WHY = 'scanners probe 5060 all day; a non-standard port is not a security control, but it cuts brute-force noise by orders of magnitude (the hardening guide measured over 99%)';

/** SIP listening on the standard port 5060 (sip.conf bindport, pjsip udp/tcp transport bind). */
export const AST103: Rule<AsteriskModel> = {
  meta: { id: 'AST103', slug: 'sip-standard-port', severity: 'info', title: 'SIP listens on the standard port 5060', p1: true, fix: 'review' },
  check: ({ config }, ctx) => {
    const port = String(suggestedPort(ctx.doc.file));
    if (isChanSip(config, ctx)) {
      const g = general(config);
      if (!g) return [];
      const v = lastVar(g, 'bindport');
      const udp = lastVar(g, 'udpbindaddr');
      const udpPort = udp && portPart(udp.value);
      if (udpPort && udpPort !== '5060') return [];
      if (!v) return [missingOptionFinding(g, 'bindport', ctx, `chan_sip listens on the standard port 5060 (bindport is not set): ${WHY}. Choose your own port (${port} is only a suggestion) and open it in the firewall.`, port, 'review')];
      if (v.value.trim() !== '5060') return [];
      return [optionFinding(g, v, ctx, `bindport=5060 is the standard SIP port: ${WHY}. Choose your own port and open it in the firewall.`, port, 'review')];
    }
    if (config.kind !== 'pjsip') return [];
    const out: RawFinding[] = [];
    for (const t of sectionsOfType(config, 'transport')) {
      const proto = (lastVar(t, 'protocol')?.value ?? 'udp').toLowerCase();
      if (proto !== 'udp' && proto !== 'tcp') continue;
      const bind = lastVar(t, 'bind');
      if (!bind || t.file !== ctx.doc.file) continue;
      const host = hostPart(bind.value);
      const explicit = portPart(bind.value);
      if (explicit && explicit !== '5060') continue;
      const fmt = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
      const f = optionFinding(t, bind, ctx, `Transport [${t.name}] binds ${explicit ? 'port 5060' : 'the default port 5060'}: ${WHY}. Choose your own port and open it in the firewall.`, fmt, 'review');
      if (f.fixes?.length && bind.file === ctx.doc.file && !bind.inheritedFrom) f.fixes[0] = fix(`Set bind=${fmt}`, 'review', [replaceValue(bind, fmt)]);
      out.push(f);
    }
    return out;
  },
};
