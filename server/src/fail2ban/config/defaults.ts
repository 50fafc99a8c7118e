/**
 * fail2ban's stock jail.conf [DEFAULT] values (fail2ban-internals.md §1.8), assumed only when no
 * jail.conf can be found (no configDir, no /etc/fail2ban), so a workspace holding just jail.d/*.conf
 * still resolves the way an installed fail2ban of the chosen version would read it.
 * 1.0 is Debian 12's 1.0.2 (banaction iptables-multiport); 1.1 ships paths-debian.conf with nftables.
 */
export function builtinJailDefaults(version: '1.0' | '1.1'): Record<string, string> {
  const banaction = version === '1.0' ? 'iptables-multiport' : 'nftables';
  const allports = version === '1.0' ? 'iptables-allports' : 'nftables[type=allports]';
  return {
    ignorecommand: '',
    bantime: '10m',
    findtime: '10m',
    maxretry: '5',
    maxmatches: '%(maxretry)s',
    backend: 'auto',
    usedns: 'warn',
    logencoding: 'auto',
    enabled: 'false',
    mode: 'normal',
    filter: '%(__name__)s[mode=%(mode)s]',
    destemail: 'root@localhost',
    sender: 'root@<fq-hostname>',
    mta: 'sendmail',
    protocol: 'tcp',
    chain: '<known/chain>',
    port: '0:65535',
    fail2ban_agent: 'Fail2Ban/%(fail2ban_version)s',
    banaction,
    banaction_allports: allports,
    action_: '%(banaction)s[port="%(port)s", protocol="%(protocol)s", chain="%(chain)s"]',
    action: '%(action_)s',
  };
}

/** Server-side defaults of options jail.conf leaves commented out (jail.py, filter.py, fail2ban.conf). */
export const SERVER_DEFAULTS: Record<string, string> = {
  ignoreself: 'true',
  ignoreip: '',
  'bantime.increment': 'false',
  dbpurgeage: '1d',
};
