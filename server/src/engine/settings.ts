import type { SeveritySetting } from './types';

/**
 * The product's settings. The defaults live here and only here: package.json's
 * `contributes.configuration` is checked against them by a test, the server falls back to them,
 * and the CLI merges `.asterisk-harden.json` over them.
 */
export interface Settings {
  enable: boolean;
  /** Per-rule severity override by id or slug: `{"AST101": "warning", "sip-allowguest": "off"}`. */
  rules: Record<string, SeveritySetting>;
  asterisk: {
    /** Directory that `#include` paths resolve against (Asterisk's astetcdir). Empty: the file's own directory. */
    etcDir: string;
    /** Asterisk major version the configuration runs on; gates version-dependent rules. */
    targetVersion: number;
  };
  fail2ban: {
    /** fail2ban configuration directory for filters/actions not in the workspace. Empty: /etc/fail2ban when it exists. */
    configDir: string;
    /** fail2ban behaviour to reproduce. */
    version: '1.0' | '1.1';
    /**
     * The real `fail2ban-regex` program, for the optional cross-check beside the built-in tester.
     * Empty: no cross-check. Runs only in trusted workspaces.
     */
    regexPath: string;
    /** Filter checked against `# failJSON:` annotations in log files (name or path); empty: from the log's file name. */
    inlineTestFilter: string;
  };
  iptables: {
    /** Shell scripts whose iptables/ip6tables lines are analysed. */
    shellScriptGlob: string;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rules: {},
  asterisk: { etcDir: '', targetVersion: 20 },
  fail2ban: { configDir: '', version: '1.1', regexPath: '', inlineTestFilter: '' },
  iptables: { shellScriptGlob: '**/*{iptables,firewall}*.sh' },
};

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Merges user-supplied settings (VS Code's, initializationOptions, or a JSON file) over the defaults.
 * Unknown keys are ignored, ill-typed values are reported in `problems` and replaced by the default,
 * so a bad settings file never breaks analysis.
 */
export function resolveSettings(input: Json, problems: string[] = []): Settings {
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  if (input === undefined || input === null) return out;
  if (!isObject(input)) {
    problems.push('settings must be an object');
    return out;
  }
  const bool = (v: Json, name: string, dflt: boolean): boolean => {
    if (v === undefined) return dflt;
    if (typeof v === 'boolean') return v;
    problems.push(`${name} must be true or false`);
    return dflt;
  };
  const str = (v: Json, name: string, dflt: string): string => {
    if (v === undefined || v === null) return dflt;
    if (typeof v === 'string') return v;
    problems.push(`${name} must be a string`);
    return dflt;
  };
  out.enable = bool(input.enable, 'enable', out.enable);
  if (input.rules !== undefined) {
    if (!isObject(input.rules)) problems.push('rules must be an object mapping rule ids to a severity');
    else {
      for (const [id, sev] of Object.entries(input.rules)) {
        if (typeof sev === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(sev)) {
          out.rules[id] = sev as SeveritySetting;
        } else {
          problems.push(`rules.${id} must be one of ${SEVERITY_SETTINGS.join(', ')}`);
        }
      }
    }
  }
  if (isObject(input.asterisk)) {
    out.asterisk.etcDir = str(input.asterisk.etcDir, 'asterisk.etcDir', out.asterisk.etcDir);
    const v = input.asterisk.targetVersion;
    if (v !== undefined) {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 99) out.asterisk.targetVersion = v;
      else problems.push('asterisk.targetVersion must be a whole number such as 20');
    }
  }
  if (isObject(input.fail2ban)) {
    out.fail2ban.configDir = str(input.fail2ban.configDir, 'fail2ban.configDir', out.fail2ban.configDir);
    out.fail2ban.regexPath = str(input.fail2ban.regexPath, 'fail2ban.regexPath', out.fail2ban.regexPath);
    out.fail2ban.inlineTestFilter = str(input.fail2ban.inlineTestFilter, 'fail2ban.inlineTestFilter', out.fail2ban.inlineTestFilter);
    const v = input.fail2ban.version;
    if (v !== undefined) {
      if (v === '1.0' || v === '1.1') out.fail2ban.version = v;
      else problems.push('fail2ban.version must be "1.0" or "1.1"');
    }
  }
  if (isObject(input.iptables)) {
    out.iptables.shellScriptGlob = str(input.iptables.shellScriptGlob, 'iptables.shellScriptGlob', out.iptables.shellScriptGlob);
  }
  return out;
}
