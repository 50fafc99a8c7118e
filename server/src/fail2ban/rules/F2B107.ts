import * as path from 'node:path';
import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { resolveRel } from '../config/files';
import type { Fail2banModel } from '../model';
import { hasDir } from './F2B104';
import { ownedJails, pointAt, whereSet } from './shared';

export const F2B107: Rule<Fail2banModel> = {
  meta: { id: 'F2B107', slug: 'action-not-found', severity: 'error', title: '`action =` names no action file', p1: true },
  check(model) {
    const out: RawFinding[] = [];
    if (!hasDir(model, 'action.d')) return out;
    for (const o of ownedJails(model)) {
      const a = o.jail.get('action');
      if (!o.jail.enabled && a?.setBy?.file !== model.file) continue;
      for (const act of o.jail.actions()) {
        if (act.error) {
          out.push({ message: `action '${act.text}' of [${o.jail.name}] cannot be read by fail2ban (${act.error}); the jail fails. Write name[opt=value, …].`, range: pointAt(model, o, a) });
          continue;
        }
        const n = act.name;
        const found = n.endsWith('.py')
          ? resolveRel(model.env.dirs, path.join('action.d', n))
          : resolveRel(model.env.dirs, `action.d/${n}.conf`) ?? resolveRel(model.env.dirs, `action.d/${n}.local`);
        if (found) continue;
        out.push({
          message: `Jail [${o.jail.name}] uses action '${n}' (${whereSet(model, a)}) but no action.d/${n}.conf or .local exists: fail2ban refuses the jail ("Unable to read action"), so nothing is banned. Fix the name (e.g. iptables-multiport, iptables-allports, nftables) or add the action.`,
          range: pointAt(model, o, a),
        });
      }
    }
    return out;
  },
};
