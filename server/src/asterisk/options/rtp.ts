import type { OptionTable } from './types';

/** rtp.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const RTP_OPTIONS: OptionTable = {
  kind: 'rtp',
  file: 'rtp.conf',
  closed: true,
  options: [
    { name: "rtpstart", type: 'int', default: "5000", sections: ["general"], doc: "First UDP port for media (the firewall must open rtpstart-rtpend)." },
    { name: "rtpend", type: 'int', default: "31000", sections: ["general"], doc: "Last UDP port for media." },
    { name: "strictrtp", type: 'enum', default: "yes", values: ["yes", "no", "seqno"], secure: "yes", sections: ["general"], doc: "Drop RTP from sources other than the learnt one." },
    { name: "icesupport", type: 'bool', default: "no", sections: ["general"], doc: "Enable ICE." },
  ],
  names: [
    "dtls_mtu", "dtmftimeout", "ice_acl", "ice_deny", "ice_permit", "probation", "rtcpinterval",
    "rtpchecksums", "srtpreplayprotection", "stun_acl", "stun_deny", "stun_permit", "stun_software_attribute",
    "stunaddr", "stunaddr_reresolve_ttl_0", "turnaddr", "turnpassword", "turnusername",
  ],
};
