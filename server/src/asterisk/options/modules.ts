import type { OptionTable } from './types';

/** modules.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const MODULES_OPTIONS: OptionTable = {
  kind: 'modules',
  file: 'modules.conf',
  closed: true,
  options: [
    { name: "autoload", type: 'bool', default: "no", sections: ["modules"], doc: "Load every module found, except noload ones." },
    { name: "load", type: 'string', sections: ["modules"], doc: "Load this module." },
    { name: "noload", type: 'string', sections: ["modules"], doc: "Never load this module." },
    { name: "preload", type: 'string', sections: ["modules"], doc: "Load this module before the core." },
    { name: "require", type: 'string', sections: ["modules"], doc: "Load this module or stop Asterisk." },
  ],
  names: [
    "preload-require",
  ],
};
