/**
 * The jail options fail2ban knows (jailreader.py `_configOpts`, filterreader.py, jail.conf's own helper
 * variables), with their meaning and default, for hover, completion and F2B008 (typo detection).
 */
export interface OptionDoc {
  doc: string;
  /** Default as fail2ban applies it (jail.conf [DEFAULT] or the server), or undefined. */
  dflt?: string;
}

export const JAIL_OPTIONS: Record<string, OptionDoc> = {
  enabled: { doc: 'Whether the jail runs. Every jail in jail.conf is off until a .local or jail.d file enables it.', dflt: 'false' },
  backend: { doc: 'How the log is read: `auto`, `pyinotify`, `polling`, `systemd` (journal; then `logpath` is not used).', dflt: 'auto' },
  filter: { doc: 'Filter name in filter.d (`asterisk`), optionally with options: `asterisk[mode=normal]`.', dflt: '%(__name__)s[mode=%(mode)s]' },
  action: { doc: 'Actions run on ban/unban, one per line, each `name[opt=val, …]` from action.d.', dflt: '%(action_)s' },
  logpath: { doc: 'Log file(s) to watch, one per line; glob patterns allowed. Required with file backends.' },
  logencoding: { doc: 'Encoding of the log files (`auto` = the locale).', dflt: 'auto' },
  logtimezone: { doc: 'Time zone of log lines without one (e.g. `UTC`).' },
  maxretry: { doc: 'Failures within `findtime` that trigger a ban.', dflt: '5' },
  maxmatches: { doc: 'Matched lines kept per ticket (for mail actions).', dflt: '%(maxretry)s' },
  findtime: { doc: 'Window in which `maxretry` failures cause a ban (time value: `10m`, `1h`, `1d`).', dflt: '10m' },
  bantime: { doc: 'How long an address stays banned (time value; negative = forever). Keep it below fail2ban.conf `dbpurgeage` or the ban history is purged first.', dflt: '10m' },
  'bantime.increment': { doc: 'Grow the ban time for repeat offenders (needs the database).', dflt: 'false' },
  'bantime.factor': { doc: 'Coefficient of the increment formula.', dflt: '1' },
  'bantime.formula': { doc: 'Python expression computing the incremented ban time.' },
  'bantime.multipliers': { doc: 'Space-separated multipliers used instead of the formula (e.g. `1 5 30 60 300 720 1440 2880`).' },
  'bantime.maxtime': { doc: 'Upper limit of the incremented ban time (time value).' },
  'bantime.rndtime': { doc: 'Random seconds added to each ban, against bots that time their retries.' },
  'bantime.overalljails': { doc: 'Count previous bans of an address across all jails.', dflt: 'false' },
  ignoreip: { doc: 'Addresses, CIDR ranges or host names never banned (space or comma separated). List your own office/VPN addresses so a mistyped password cannot lock you out.' },
  ignoreself: { doc: "Never ban the host's own addresses.", dflt: 'true' },
  ignorecommand: { doc: 'Command deciding whether to ignore an address (exit 0 = ignore).', dflt: '' },
  ignorecache: { doc: 'Cache for `ignorecommand` results (`key="<ip>", max-count=100, max-time=5m`).' },
  usedns: { doc: 'Resolve host names in log lines: `yes`, `warn`, `no`, `raw`.', dflt: 'warn' },
  prefregex: { doc: 'Overrides the filter prefregex for this jail.' },
  failregex: { doc: "Replaces the filter's failregex for this jail (use `%(known/failregex)s` to extend it)." },
  ignoreregex: { doc: "Replaces the filter's ignoreregex for this jail." },
  maxlines: { doc: 'Lines buffered for multi-line failregex.' },
  datepattern: { doc: 'Custom date pattern for this jail.' },
  journalmatch: { doc: 'systemd journal matches for the systemd backend.' },
  mode: { doc: 'Filter mode passed to the filter (`normal`, `ddos`, `extra`, `aggressive`; depends on the filter).', dflt: 'normal' },
  port: { doc: 'Port(s) the ban actions block (`5060,5061`, `ssh`, `0:65535`).', dflt: '0:65535' },
  protocol: { doc: 'Protocol the ban actions block (`tcp`, `udp`, `all`).', dflt: 'tcp' },
  chain: { doc: 'iptables chain the action hooks into.', dflt: '<known/chain>' },
  banaction: { doc: 'Default ban action (action.d name) used by `action_`.', dflt: 'iptables-multiport' },
  banaction_allports: { doc: 'Ban action for all ports.', dflt: 'iptables-allports' },
  action_: { doc: 'Ban only.' },
  action_mw: { doc: 'Ban and mail a whois report.' },
  action_mwl: { doc: 'Ban and mail a whois report with log lines.' },
  action_xarf: { doc: 'Ban and send an X-ARF report.' },
  action_cf_mwl: { doc: 'Cloudflare ban and mail.' },
  action_blocklist_de: { doc: 'Report to blocklist.de.' },
  action_abuseipdb: { doc: 'Report to AbuseIPDB.' },
  destemail: { doc: 'Recipient of mail actions.', dflt: 'root@localhost' },
  sender: { doc: 'Sender of mail actions.' },
  mta: { doc: 'Mail program for mail actions.', dflt: 'sendmail' },
  fail2ban_agent: { doc: 'User agent of HTTP actions.' },
  before: { doc: '[INCLUDES]: files read before this one, one per line.' },
  after: { doc: '[INCLUDES]: files read after this one, one per line.' },
};

/** Options read from fail2ban.conf / fail2ban.local (the daemon). */
export const DAEMON_OPTIONS: Record<string, OptionDoc> = {
  loglevel: { doc: 'Daemon log level.', dflt: 'INFO' },
  logtarget: { doc: 'Where the daemon logs.', dflt: '/var/log/fail2ban.log' },
  syslogsocket: { doc: 'Syslog socket.', dflt: 'auto' },
  socket: { doc: 'Control socket.', dflt: '/var/run/fail2ban/fail2ban.sock' },
  pidfile: { doc: 'PID file.', dflt: '/var/run/fail2ban/fail2ban.pid' },
  allowipv6: { doc: 'IPv6 support.', dflt: 'auto' },
  dbfile: { doc: 'SQLite database of bans (needed by bantime.increment).', dflt: '/var/lib/fail2ban/fail2ban.sqlite3' },
  dbpurgeage: { doc: 'Bans older than this are purged from the database; keep it above every bantime.', dflt: '1d' },
  dbmaxmatches: { doc: 'Matches stored per ticket in the database.', dflt: '10' },
};

/** Options a filter's [Definition] is read for (filterreader.py `_configOpts`). */
export const FILTER_OPTIONS: Record<string, OptionDoc> = {
  failregex: { doc: 'Regexes of failures, one per line; each needs a host tag (`<HOST>`, `<ADDR>`, `<F-ID>`, …).' },
  ignoreregex: { doc: 'Lines matching these regexes are ignored, one per line.' },
  prefregex: { doc: 'Common prefix matched first; `<F-CONTENT>…</F-CONTENT>` is what the failregexes see.' },
  datepattern: { doc: 'Date pattern(s) (`{^LN-BEG}`, strptime directives written `%%Y`).' },
  maxlines: { doc: 'Lines buffered for multi-line regexes.' },
  journalmatch: { doc: 'systemd journal matches.' },
  usedns: { doc: 'Default usedns for the filter.' },
};

export function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}
