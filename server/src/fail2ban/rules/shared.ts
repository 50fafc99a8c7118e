/**
 * Helpers shared by the fail2ban rules: which jails a document answers for, where a finding points,
 * and minimal edits (insert an option into a section, replace a value) that keep every comment.
 */
import type { RuleContext } from '../../engine/rule';
import type { FileEdit, Range } from '../../engine/types';
import type { IniOption, IniSection, Span, ValueLine } from '../config/ini';
import type { JailOption, ResolvedJail } from '../config/jail';
import type { Fail2banModel } from '../model';

export function spanRange(s: Span): Range {
  return { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } };
}

/** Every value line of `[INCLUDES] before =` / `after =` (one included file per line, by fail2ban's rule). */
export function includeLines(model: Fail2banModel): { option: IniOption; line: ValueLine }[] {
  const out: { option: IniOption; line: ValueLine }[] = [];
  for (const sec of model.ini.sections) {
    if (sec.name !== 'INCLUDES') continue;
    for (const option of sec.options) {
      if (option.key === 'before' || option.key === 'after') for (const line of option.lines) out.push({ option, line });
    }
  }
  return out;
}

/** The key and the value's first line of an option: what a finding about the option underlines. */
export function optionRange(o: IniOption): Range {
  const last = o.lines[0];
  return { start: { line: o.keySpan.line, character: o.keySpan.start }, end: { line: last.line, character: Math.max(last.end, o.keySpan.end) } };
}

export interface OwnedJail {
  jail: ResolvedJail;
  /** This document's (last) header of the jail. */
  section: IniSection;
}

/**
 * Jails this document answers for: those whose last declaration in fail2ban's read order is in this
 * document, so a jail configured in jail.conf and jail.local is reported once, where the user overrides it.
 */
export function ownedJails(model: Fail2banModel): OwnedJail[] {
  if (model.kind !== 'jail') return [];
  const out: OwnedJail[] = [];
  for (const jail of model.jails().jails) {
    const last = jail.declarations[jail.declarations.length - 1];
    if (!last || last.file !== model.file) continue;
    const section = [...model.ini.sections].reverse().find((s) => s.name === jail.name);
    if (section) out.push({ jail, section });
  }
  return out;
}

/** Where to report an effective value: its own line when this document set it, else the jail's header. */
export function pointAt(model: Fail2banModel, owned: OwnedJail, opt: JailOption | undefined): Range {
  if (opt?.setBy && opt.setBy.file === model.file) return optionRange(opt.setBy);
  return spanRange(owned.section.nameSpan);
}

/** Text describing where a value comes from, for messages. */
export function whereSet(model: Fail2banModel, opt: JailOption | undefined): string {
  if (!opt) return 'not set anywhere';
  if (!opt.setBy) return 'fail2ban default';
  const f = opt.setBy.file === model.file ? 'this file' : opt.setBy.file.split('/').slice(-2).join('/');
  return `set in [${opt.setBy.section}] of ${f}, line ${opt.setBy.keySpan.line + 1}`;
}

/** Inserts `key = value` as the last option line of a section (after its last value line). */
export function insertOption(ctx: RuleContext, section: IniSection, key: string, value: string): FileEdit {
  const lastOpt = section.options[section.options.length - 1];
  const after = lastOpt ? lastOpt.endLine : section.headerSpan.line;
  const eol = ctx.lines.eol;
  const lineText = ctx.lines.lineText(after);
  const indent = lastOpt ? ' '.repeat(lastOpt.keySpan.start) : '';
  return {
    file: ctx.doc.file,
    range: { start: { line: after, character: lineText.length }, end: { line: after, character: lineText.length } },
    newText: `${eol}${indent}${key} = ${value}`,
  };
}

/** Replaces the value of a single-line option (comments after it stay). */
export function replaceValue(ctx: RuleContext, opt: IniOption, value: string): FileEdit {
  const first = opt.lines[0];
  return { file: ctx.doc.file, range: { start: { line: first.line, character: first.start }, end: { line: first.line, character: first.end } }, newText: value };
}

/** Sets an option in this document's jail section: replaces it when set here, else inserts it. */
export function setOption(ctx: RuleContext, model: Fail2banModel, owned: OwnedJail, opt: JailOption | undefined, key: string, value: string): FileEdit {
  if (opt?.setBy && opt.setBy.file === model.file && opt.setBy.section === owned.section.name && opt.setBy.lines.length === 1) return replaceValue(ctx, opt.setBy, value);
  return insertOption(ctx, owned.section, key, value);
}
