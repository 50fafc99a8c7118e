import type { OptionTable } from './types';

/** acl.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const ACL_OPTIONS: OptionTable = {
  kind: 'acl',
  file: 'acl.conf',
  closed: true,
  options: [
    { name: "permit", type: 'acl', doc: "Allow this network (after a deny)." },
    { name: "deny", type: 'acl', doc: "Refuse this network." },
  ],
  names: [
    "acl",
  ],
};
