import type { OptionTable } from './types';

/** manager.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const MANAGER_OPTIONS: OptionTable = {
  kind: 'manager',
  file: 'manager.conf',
  closed: true,
  options: [
    { name: "enabled", type: 'bool', default: "no", secure: "no", sections: ["general"], doc: "Start the Asterisk Manager Interface." },
    { name: "bindaddr", type: 'address', default: "::", secure: "127.0.0.1", sections: ["general"], doc: "Address AMI listens on (absent: every IPv4 and IPv6 interface)." },
    { name: "port", type: 'int', default: "5038", sections: ["general"], doc: "TCP port." },
    { name: "webenabled", type: 'bool', default: "no", secure: "no", sections: ["general"], doc: "Serve AMI over HTTP too." },
    { name: "tlsenable", type: 'bool', default: "no", sections: ["general"], doc: "Serve AMI over TLS." },
    { name: "displayconnects", type: 'bool', default: "yes", secure: "yes", doc: "Log each manager login (audit trail)." },
    { name: "allowmultiplelogin", type: 'bool', default: "yes", doc: "Allow a user to log in more than once at a time." },
    { name: "secret", type: 'secret', doc: "Password of this AMI user (empty: anyone logs in without one)." },
    { name: "read", type: 'list', doc: "Event classes the user receives." },
    { name: "write", type: 'list', doc: "Action classes the user may run (system, command, config, originate, agi are dangerous)." },
    { name: "permit", type: 'acl', doc: "Allow this network (after a deny)." },
    { name: "deny", type: 'acl', doc: "Refuse this network." },
  ],
  names: [
    "acl", "authlimit", "authtimeout", "brokeneventsaction", "channelvars", "debug", "disabledevents",
    "eventfilter", "httptimeout", "setvar", "timestampevents", "tlsbindaddr", "tlscertfile", "tlscipher",
    "tlsprivatekey", "writetimeout",
  ],
};
