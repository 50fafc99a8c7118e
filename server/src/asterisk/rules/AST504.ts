import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { allVars, firstSection } from '../config/query';
import type { AsteriskModel } from '../model';
import { edit, fix } from './helpers';
import { hasLevel, logChannels } from './logger';
import { siblingConfig } from './sections';

/** A security log channel exists, but modules.conf never loads res_security_log, which produces it. */
export const AST504: Rule<AsteriskModel> = {
  meta: { id: 'AST504', slug: 'security-log-module-off', severity: 'error', title: 'Security log configured but res_security_log is not loaded', fix: 'safe' },
  check: ({ config }, ctx) => {
    if (config.kind !== 'logger') return [];
    const channel = logChannels(config).find((c) => !c.console && hasLevel(c, 'security') && c.v.file === ctx.doc.file);
    if (!channel) return [];
    const modules = siblingConfig(ctx, 'modules.conf');
    const m = modules && firstSection(modules, 'modules');
    if (!modules || !m) return [];
    const isMod = (v: { value: string }) => /^res_security_log(\.so)?$/i.test(v.value.trim());
    const noload = allVars(m, 'noload').filter(isMod);
    const autoload = allVars(m, 'autoload').pop();
    const explicitlyLoaded = allVars(m, 'load', 'preload', 'require', 'preload-require').some(isMod);
    const autoOff = autoload && /^(no|false|n|f|0|off)$/i.test(autoload.value.trim());
    const out: RawFinding[] = [];
    if (noload.length) {
      const n = noload[0];
      const line = n.stmt.line;
      const text = ctx.fs.readFile(n.file) ?? '';
      const lines = text.split(/\r\n|\r|\n/);
      const own = lines[line] ?? '';
      // Keep a trailing comment on its line; otherwise the whole line goes.
      const keepsComment = (own.slice(0, n.stmt.range.start.character) + own.slice(n.stmt.range.end.character)).trim() !== '';
      const range = keepsComment ? n.stmt.range : line + 1 < lines.length ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } : { start: { line, character: 0 }, end: { line, character: own.length } };
      out.push({
        message: `"${channel.name}" asks for the security level, but modules.conf says noload => ${n.value}: the module that writes security events is never loaded, so this log stays empty. Remove the noload line.`,
        range: channel.v.stmt.range,
        related: [{ file: n.file, range: n.stmt.range, message: 'res_security_log is disabled here' }],
        fixes: [fix('Remove "noload => res_security_log.so" from modules.conf', 'safe', [edit(n.file, range, '')])],
      });
    } else if (autoOff && !explicitlyLoaded) {
      out.push({
        message: `"${channel.name}" asks for the security level, but modules.conf has autoload=no and never loads res_security_log.so, so this log stays empty. Add "load => res_security_log.so" to modules.conf.`,
        range: channel.v.stmt.range,
        related: [{ file: autoload.file, range: autoload.stmt.range, message: 'autoload is off here' }],
      });
    }
    return out;
  },
};
