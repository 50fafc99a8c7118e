/** Hover: an option's meaning, default, secure value and versions; sections, templates and includes. */
import * as path from 'node:path';
import type { AnalysisContext, ParsedFile } from '../../engine/rule';
import type { HoverResult } from '../../engine/services';
import type { Position } from '../../engine/types';
import { isFalse, isTrue, lastVar } from '../config/query';
import type { AsteriskConfig } from '../config/types';
import type { AsteriskModel } from '../model';
import { isKnownOption, optionFor, tableFor } from '../options';
import { locate } from './locate';

/** "12 characters, digits only": how a secret looks, never what it is. */
export function describeSecret(value: string): string {
  if (!value) return 'empty';
  const classes: string[] = [];
  if (/[a-z]/.test(value)) classes.push('lower-case letters');
  if (/[A-Z]/.test(value)) classes.push('upper-case letters');
  if (/[0-9]/.test(value)) classes.push('digits');
  if (/[^A-Za-z0-9]/.test(value)) classes.push('symbols');
  const kinds = classes.length === 1 ? `${classes[0]} only` : classes.join(', ');
  return `${value.length} character${value.length === 1 ? '' : 's'}, ${kinds}`;
}

function versions(config: AsteriskConfig, since?: number, until?: number): string | undefined {
  const t = tableFor(config.kind);
  const lo = since ?? t?.since;
  const hi = until ?? t?.until;
  if (lo && hi) return `Asterisk ${lo} to ${hi}`;
  if (hi) return `up to Asterisk ${hi}${config.kind === 'sip' ? ' (chan_sip was removed in 21)' : ''}`;
  if (lo) return `Asterisk ${lo} and later`;
  return undefined;
}

export function hover(file: ParsedFile<AsteriskModel>, pos: Position, ctx: AnalysisContext): HoverResult | undefined {
  const config = file.model.config;
  const at = locate(config, pos);
  const stmt = at.stmt;
  if (!stmt) return undefined;
  if (stmt.kind === 'variable' && (at.part === 'name' || at.part === 'value')) {
    const spec = optionFor(config, at.section, stmt.name);
    const table = tableFor(config.kind);
    const lines: string[] = [];
    if (at.part === 'name') {
      if (spec) {
        lines.push(`**${spec.name}** (${spec.type}) — ${spec.doc ?? ''}`.trim());
        if (spec.default !== undefined) lines.push(`Default: \`${spec.default === '' ? '(empty)' : spec.default}\``);
        if (spec.secure !== undefined) lines.push(`Recommended: \`${spec.secure === '' ? '(empty)' : spec.secure}\``);
        if (spec.values?.length) lines.push(`Values: ${spec.values.map((v) => `\`${v}\``).join(', ')}`);
      } else if (table && isKnownOption(config.kind, stmt.name)) lines.push(`**${stmt.name}** — an option of ${table.file}.`);
      else if (table?.closed) lines.push(`**${stmt.name}** — not an option ${table.file} reads.`);
      else return undefined;
      const v = versions(config, spec?.since, spec?.until);
      if (v) lines.push(`Versions: ${v}`);
      if (at.section) {
        const eff = lastVar(at.section, stmt.name);
        if (eff && eff.stmt !== stmt && (spec?.type !== 'acl' && spec?.type !== 'list')) lines.push(`Overridden later in [${at.section.name}] (line ${eff.stmt.line + 1}${eff.file !== file.doc.file ? ` of ${path.basename(eff.file)}` : ''}).`);
      }
      return { contents: lines.join('\n\n'), range: stmt.nameRange };
    }
    if (spec?.type === 'secret') return { contents: `**${stmt.name}**: ${describeSecret(stmt.value)}.`, range: stmt.valueRange };
    if (spec?.type === 'bool') {
      const reading = isTrue(stmt.value) ? 'true' : isFalse(stmt.value) ? 'false' : 'neither true nor false, so Asterisk reads it as false';
      return { contents: `**${stmt.name}** = \`${stmt.value}\`: ${reading}.`, range: stmt.valueRange };
    }
    return undefined;
  }
  if (stmt.kind === 'header' && (at.part === 'header-name' || at.part === 'base')) {
    if (at.part === 'base') {
      const b = stmt.bases[at.baseIndex!];
      const base = config.sections.find((s) => s.key === b.name.toLowerCase() && s.index < (at.section?.index ?? Infinity));
      if (!base) return { contents: `No section named \`${b.name}\` is defined above: Asterisk rejects the file.`, range: b.range };
      return { contents: `**[${base.name}]**${base.template ? ' (template)' : ''} — ${base.variables.length} setting(s) copied here, defined at line ${base.header.line + 1}${base.file !== file.doc.file ? ` of ${path.basename(base.file)}` : ''}.`, range: b.range };
    }
    const s = at.section;
    if (!s) return undefined;
    const parts = [`**[${s.name}]**${s.template ? ' — template: modules never see it, sections that name it copy its settings' : ''}`];
    if (stmt.addition) parts.push(`Adds to the [${s.name}] defined at line ${s.header.line + 1}.`);
    const type = lastVar(s, 'type')?.value;
    if (type) parts.push(`type: \`${type}\``);
    const inherited = s.variables.filter((v) => v.inheritedFrom).length;
    if (s.bases.length) parts.push(`Inherits ${inherited} setting(s) from ${s.bases.map((b) => `[${b.name}]`).join(', ')}.`);
    if (stmt.ignoredOptions) parts.push(`The options \`${stmt.ignoredOptions.text}\` are ignored: there is a space before them.`);
    return { contents: parts.join('\n\n'), range: stmt.nameRange };
  }
  if (stmt.kind === 'directive' && at.part === 'argument') {
    const edge = config.includes.find((e) => e.directive === stmt);
    if (!edge) return stmt.name === 'exec' ? { contents: '`#exec` runs this program at every load when asterisk.conf sets execincludes=yes.', range: stmt.argumentRange } : undefined;
    const list = edge.targets.length ? edge.targets.map((t) => `- \`${t}\``).join('\n') : 'No file matches.';
    void ctx;
    return { contents: `**#${stmt.name}** loads:\n\n${list}`, range: stmt.argumentRange };
  }
  return undefined;
}
