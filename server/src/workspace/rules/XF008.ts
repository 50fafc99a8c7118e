import type { CrossFileRule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import type { JailAction } from '../../fail2ban/config/jail';
import type { Fail2banModel } from '../../fail2ban/model';
import { ownedJails, pointAt } from '../../fail2ban/rules/shared';

/**
 * Port-based ban actions: their rule is `-p <protocol> -m multiport --dports <port>` (or `--dport`
 * for iptables' oneport type, `<protocol> dport {…}` for nftables), which needs tcp, udp, sctp or
 * dccp. The allports variants and iptables' `type=allports` take no port and accept `all`.
 */
export function isPortBased(a: JailAction): boolean {
  const n = a.name;
  if (n.includes('allports')) return false;
  if (/multiport/.test(n) || /ipset/.test(n)) return true;
  if (n === 'iptables' || n === 'nftables') return (a.options.type ?? (n === 'iptables' ? 'oneport' : 'multiport')).trim() !== 'allports';
  return false;
}

function unquote(v: string | undefined): string {
  return (v ?? '').trim().replace(/^(["'])(.*)\1$/, '$2').trim().toLowerCase();
}

export const XF008: CrossFileRule = {
  meta: {
    id: 'XF008',
    slug: 'protocol-all-with-multiport',
    severity: 'error',
    title: 'Jail action with protocol=all on a port-based (multiport) ban action',
  },
  languages: ['fail2ban-conf'],
  check(file) {
    const model = file.model as Fail2banModel;
    if (model.kind !== 'jail') return [];
    const out: RawFinding[] = [];
    for (const owned of ownedJails(model)) {
      const { jail } = owned;
      if (!jail.enabled) continue;
      for (const a of jail.actions()) {
        if (a.error || unquote(a.options.protocol) !== 'all' || !isPortBased(a)) continue;
        // Point at what the user wrote: the action line, else `protocol` (used by the default action_), else `banaction`.
        const opt = [jail.get('action'), jail.get('protocol'), jail.get('banaction')].find((o) => o?.setBy?.file === model.file);
        out.push({
          message: `Jail [${jail.name}] runs ${a.name} with protocol=all: ${a.name.startsWith('nftables') ? 'that action builds `all dport { … }`, which nft refuses' : 'that action builds `-p all … --dport(s) …`, which iptables refuses (a port match needs -p tcp, udp, udplite, sctp or dccp)'}, so the ban rule is never added and nothing is blocked. Use ${a.name.startsWith('nftables') ? 'nftables-allports' : 'iptables-allports'} to ban every port, or one protocol (tcp or udp) with this action.`,
          range: pointAt(model, owned, opt),
        });
      }
    }
    return out;
  },
};
