import type { OptionTable } from './types';

/** logger.conf: options Asterisk reads from it. Descriptions are ours; names cover the shipped samples and the code. */
export const LOGGER_OPTIONS: OptionTable = {
  kind: 'logger',
  file: 'logger.conf',
  closed: false,
  options: [
    { name: "dateformat", type: 'string', default: "%b %e %T", sections: ["general"], doc: "strftime format of log timestamps (fail2ban must read it)." },
    { name: "use_callids", type: 'bool', sections: ["general"], doc: "Not read by logger.c: the option is display_callids." },
    { name: "display_callids", type: 'bool', default: "yes", sections: ["general"], doc: "Show call ids in log lines." },
    { name: "appendhostname", type: 'bool', default: "no", sections: ["general"], doc: "Append the host name to log file names." },
    { name: "exec_after_rotate", type: 'string', sections: ["general"], doc: "Shell command run after rotation." },
    { name: "logger_queue_limit", type: 'int', default: "1000", sections: ["general"], doc: "Queued messages beyond this are dropped." },
    { name: "rotatestrategy", type: 'enum', default: "sequential", values: ["none", "sequential", "rotate", "timestamp"], sections: ["general"], doc: "How logs are rotated." },
  ],
  names: [
    "console", "custom_levels", "debug.log", "full", "full-json.log", "full.log", "important.log",
    "logger_name", "messages", "messages.log", "queue_log", "queue_log_name", "queue_log_realtime_use_gmt",
    "queue_log_to_file", "security.log", "syslog.local0", "trace.log",
  ],
};
