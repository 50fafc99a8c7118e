import type { OptionTable } from './types';

/** http.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const HTTP_OPTIONS: OptionTable = {
  kind: 'http',
  file: 'http.conf',
  closed: true,
  options: [
    { name: "enabled", type: 'bool', default: "no", secure: "no", sections: ["general"], doc: "Start the built-in HTTP server (ARI, AMI over HTTP, static files)." },
    { name: "bindaddr", type: 'address', secure: "127.0.0.1", sections: ["general"], doc: "Address the HTTP server listens on." },
    { name: "bindport", type: 'int', default: "8088", sections: ["general"], doc: "TCP port." },
    { name: "tlsenable", type: 'bool', default: "no", secure: "yes", sections: ["general"], doc: "Serve HTTPS." },
    { name: "enable_static", type: 'bool', default: "no", secure: "no", sections: ["general"], doc: "Serve static files." },
    { name: "enablestatic", type: 'bool', default: "no", secure: "no", sections: ["general"], doc: "Old name of enable_static." },
    { name: "enable_status", type: 'bool', default: "no", secure: "no", sections: ["general"], doc: "Serve a status page showing the running configuration." },
    { name: "servername", type: 'string', secure: "", sections: ["general"], doc: "Server header (the default carries the version)." },
  ],
  names: [
    "acl", "deny", "permit", "prefix", "redirect", "session_inactivity", "session_keep_alive", "sessionlimit",
    "tlsbindaddr", "tlscertfile", "tlscipher", "tlsdisablev1", "tlsdisablev11", "tlsdisablev12",
    "tlsprivatekey", "tlsservercipherorder", "type", "uploads",
  ],
};
