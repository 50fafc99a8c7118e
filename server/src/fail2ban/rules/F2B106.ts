import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { str2seconds } from '../config/time';
import type { Fail2banModel } from '../model';
import { ownedJails, pointAt, whereSet } from './shared';

/** Jails that guard a login (password guessing), by jail or filter name. */
const AUTH = /asterisk|sip|pbx|voip|freeswitch|kamailio|opensips|ssh|dropbear|auth|sasl|dovecot|courier|pam|login|vsftpd|proftpd|pure-ftpd|webmin|roundcube|openvpn|mysqld|postfix|exim|sendmail|selinux-ssh|monit|grafana|gitlab|nextcloud|wordpress|phpmyadmin/i;

export const F2B106: Rule<Fail2banModel> = {
  meta: { id: 'F2B106', slug: 'maxretry-findtime-lax', severity: 'info', title: '`maxretry` > 10 or `findtime` < 1m for an auth jail', p1: true },
  check(model) {
    const out: RawFinding[] = [];
    for (const o of ownedJails(model)) {
      if (!o.jail.enabled) continue;
      const filterName = o.jail.filterSpec()?.name ?? '';
      if (!AUTH.test(o.jail.name) && !AUTH.test(filterName)) continue;
      const mr = o.jail.get('maxretry');
      const n = mr ? Number(mr.value) : 5;
      if (Number.isFinite(n) && n > 10) {
        out.push({ message: `Jail [${o.jail.name}] allows ${n} failures (maxretry, ${whereSet(model, mr)}) before banning: SIP/SSH password guessing gets ${n} tries per window per address. The guide uses 3; keep it at 10 or less.`, range: pointAt(model, o, mr) });
      }
      const ft = o.jail.get('findtime');
      const secs = ft ? str2seconds(ft.value) : 600;
      if (secs !== undefined && secs < 60) {
        out.push({ message: `Jail [${o.jail.name}] counts failures over only ${ft!.value} (findtime, ${whereSet(model, ft)}): a slow attacker stays under maxretry forever. Use at least 10m.`, range: pointAt(model, o, ft) });
      }
    }
    return out;
  },
};
