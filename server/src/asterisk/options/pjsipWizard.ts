import type { OptionTable } from './types';

/** pjsip_wizard.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const PJSIP_WIZARD_OPTIONS: OptionTable = {
  kind: 'pjsip_wizard',
  file: 'pjsip_wizard.conf',
  closed: false,
  options: [
    { name: "type", type: 'enum', values: ["wizard"], doc: "wizard." },
    { name: "accepts_registrations", type: 'bool', default: "no", doc: "Create an AOR the device registers to." },
    { name: "accepts_auth", type: 'bool', default: "no", secure: "yes", doc: "Create an inbound auth object (inbound_auth/...)." },
    { name: "sends_auth", type: 'bool', default: "no", doc: "Create an outbound auth object (outbound_auth/...)." },
    { name: "sends_registrations", type: 'bool', default: "no", doc: "Register to the remote host." },
    { name: "remote_hosts", type: 'list', doc: "Hosts of the far end (identify and aor contacts)." },
    { name: "inbound_auth/username", type: 'string', doc: "User name the device authenticates with." },
    { name: "inbound_auth/password", type: 'secret', doc: "Password the device authenticates with." },
  ],
  names: [
    "aor/max_contacts", "aor/qualify_frequency", "client_uri_pattern", "contact_pattern", "endpoint/allow",
    "endpoint/callerid", "endpoint/context", "endpoint/direct_media", "endpoint/from_domain",
    "endpoint/geoloc_incoming_call_profile", "endpoint/ice_support", "endpoint/identify_by",
    "endpoint/transport", "has_hint", "has_phoneprov", "hint_exten", "outbound_auth/password",
    "outbound_auth/username", "outbound_proxy", "phoneprov/mac", "phoneprov/profile",
    "registration/retry_interval", "sends_line_with_registrations", "server_uri_pattern", "transport",
  ],
};
