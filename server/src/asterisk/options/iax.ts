import type { OptionTable } from './types';

/** iax.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const IAX_OPTIONS: OptionTable = {
  kind: 'iax',
  file: 'iax.conf',
  closed: true,
  options: [
    { name: "type", type: 'enum', values: ["user", "peer", "friend"], doc: "user, peer or friend." },
    { name: "secret", type: 'secret', doc: "Shared password (several lines accepted for a user)." },
    { name: "auth", type: 'list', values: ["md5", "rsa", "plaintext", "md5,rsa"], secure: "md5", doc: "Accepted authentication methods: md5, rsa (plaintext is deprecated)." },
    { name: "encryption", type: 'bool', default: "no", secure: "yes", doc: "Encrypt calls (aes128)." },
    { name: "forceencryption", type: 'bool', default: "no", secure: "yes", doc: "Refuse unencrypted calls." },
    { name: "requirecalltoken", type: 'enum', default: "yes", values: ["yes", "no", "auto"], secure: "yes", doc: "Require call tokens (DoS protection)." },
    { name: "calltokenoptional", type: 'acl', sections: ["general"], doc: "Networks exempt from call tokens." },
    { name: "delayreject", type: 'bool', default: "no", secure: "yes", sections: ["general"], doc: "Delay authentication rejects to slow brute force." },
    { name: "authdebug", type: 'bool', default: "no", secure: "yes", sections: ["general"], doc: "Log authentication failures (fail2ban needs them)." },
    { name: "bindport", type: 'int', default: "4569", sections: ["general"], doc: "UDP port." },
    { name: "bindaddr", type: 'address', sections: ["general"], doc: "Address to listen on (repeatable)." },
    { name: "permit", type: 'acl', doc: "Allow this network (after a deny)." },
    { name: "deny", type: 'acl', doc: "Refuse this network." },
    { name: "context", type: 'context', doc: "Dialplan context for calls from this user." },
  ],
  names: [
    "accountcode", "acl", "adsi", "allow", "allowfwdownload", "amaflags", "autokill", "bandwidth", "callerid",
    "calltokenexpiration", "codecpriority", "connectedline", "cos", "dbsecret", "defaultip", "description",
    "disallow", "forcejitterbuffer", "host", "iaxcompat", "iaxmaxthreadcount", "iaxthreadcount", "immediate",
    "inkeys", "jitterbuffer", "jittertargetextra", "keyrotate", "language", "mailbox", "mask", "maxauthreq",
    "maxcallnumbers", "maxcallnumbers_nonvalidated", "maxjitterbuffer", "maxjitterinterps", "maxregexpire",
    "minregexpire", "mohinterpret", "mohsuggest", "nochecksums", "outkey", "parkinglot", "peercontext",
    "port", "qualify", "qualifyfreqnotok", "qualifyfreqok", "qualifysmoothing", "regcontext", "regexten",
    "register", "resyncthreshold", "rtautoclear", "rtcachefriends", "rtignoreregexpire", "rtsavesysname",
    "rtupdate", "sendani", "setvar", "shrinkcallerid", "sourceaddress", "srvlookup",
    "subscribe_network_change_event", "timezone", "tos", "transfer", "transfers", "trunk", "trunkfreq",
    "trunkmaxsize", "trunkmtu", "trunktimestamps", "username",
  ],
};
