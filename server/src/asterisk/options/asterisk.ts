import type { OptionTable } from './types';

/** asterisk.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const ASTERISK_OPTIONS: OptionTable = {
  kind: 'asterisk',
  file: 'asterisk.conf',
  closed: true,
  options: [
    { name: "execincludes", type: 'bool', default: "no", secure: "no", sections: ["options"], doc: "Enable #exec in every configuration file." },
    { name: "live_dangerously", type: 'bool', default: "no", secure: "no", sections: ["options"], doc: "Let AMI/ARI run escalating functions (SHELL, FILE…) and read files outside the etc directory." },
    { name: "runuser", type: 'string', secure: "asterisk", sections: ["options"], doc: "User Asterisk drops privileges to (absent: whoever starts it, often root)." },
    { name: "rungroup", type: 'string', secure: "asterisk", sections: ["options"], doc: "Group Asterisk drops privileges to." },
    { name: "dontwarn", type: 'bool', default: "no", secure: "no", sections: ["options"], doc: "Hide some configuration warnings." },
  ],
  names: [
    "alwaysfork", "astagidir", "astcachedir", "astctl", "astctlgroup", "astctlowner", "astctlpermissions",
    "astdatadir", "astdbdir", "astetcdir", "astkeydir", "astlogdir", "astmoddir", "astrundir", "astsbindir",
    "astspooldir", "astvarlibdir", "autosystemname", "cache_media_frames", "cache_record_files",
    "channel_storage_backend", "console", "debug", "defaultlanguage", "disable_remote_console_shell",
    "documentation_language", "dumpcore", "entityid", "forceblackbackground", "hide_messaging_ami_events",
    "hideconnect", "highpriority", "initcrypto", "languageprefix", "lightbackground", "lockconfdir",
    "maxcalls", "maxfiles", "maxload", "mindtmfduration", "minmemfree", "nocolor", "nofork", "quiet",
    "record_cache_dir", "refdebug", "rtp_pt_dynamic", "rtp_use_dynamic", "sounds_search_custom_dir",
    "stdexten", "systemname", "timestamp", "trace", "transcode_via_sln", "transmit_silence", "verbose",
  ],
};
