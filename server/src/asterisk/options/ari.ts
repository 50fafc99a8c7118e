import type { OptionTable } from './types';

/** ari.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const ARI_OPTIONS: OptionTable = {
  kind: 'ari',
  file: 'ari.conf',
  closed: true,
  options: [
    { name: "enabled", type: 'bool', default: "yes", sections: ["general"], doc: "Enable the REST interface (needs http.conf)." },
    { name: "allowed_origins", type: 'list', sections: ["general"], doc: "CORS origins allowed (never *)." },
    { name: "type", type: 'enum', values: ["user"], doc: "user for an ARI account." },
    { name: "password", type: 'secret', doc: "Password of the ARI user." },
    { name: "password_format", type: 'enum', default: "plain", values: ["plain", "crypt"], secure: "crypt", doc: "plain or crypt (a crypt(3) hash)." },
    { name: "read_only", type: 'bool', default: "no", doc: "The user may only read." },
  ],
  names: [
    "acl", "apps", "auth_realm", "channelvars", "deny", "local_ari_user", "permit", "pretty", "subscribe_all",
    "websocket_client_id", "websocket_write_timeout",
  ],
};
