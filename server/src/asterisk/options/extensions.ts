import type { OptionTable } from './types';

/** extensions.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const EXTENSIONS_OPTIONS: OptionTable = {
  kind: 'extensions',
  file: 'extensions.conf',
  closed: true,
  options: [
    { name: "static", type: 'bool', default: "no", sections: ["general"], doc: "Allow dialplan save to rewrite extensions.conf (with writeprotect=no)." },
    { name: "writeprotect", type: 'bool', default: "no", sections: ["general"], doc: "Forbid dialplan save from the CLI." },
    { name: "autofallthrough", type: 'bool', default: "yes", sections: ["general"], doc: "Hang up when an extension runs out of priorities." },
    { name: "extenpatternmatchnew", type: 'bool', default: "no", sections: ["general"], doc: "Use the newer pattern matcher." },
    { name: "clearglobalvars", type: 'bool', default: "no", sections: ["general"], doc: "Clear global variables on reload." },
    { name: "userscontext", type: 'context', default: "default", sections: ["general"], doc: "Context users.conf registers its entries in." },
  ],
  names: [
    "lastaction", "phone_to_dial", "priorityjumping",
  ],
};
