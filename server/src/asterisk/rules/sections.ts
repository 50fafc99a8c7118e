/** Section classification shared by the channel and manager rules. */
import * as path from 'node:path';
import type { RuleContext } from '../../engine/rule';
import type { FileEdit, Range } from '../../engine/types';
import { buildConfig } from '../config/effective';
import { isPathLike } from '../config/includes';
import { firstSection, lastVar, visibleSections } from '../config/query';
import type { AsteriskConfig, ConfigSection } from '../config/types';

/** The effective `type` of a section, lower-cased ('' when absent). */
export function typeOf(s: ConfigSection): string {
  return (lastVar(s, 'type')?.value ?? '').trim().toLowerCase();
}

/** Non-template sections of a given effective type. */
export function sectionsOfType(config: AsteriskConfig, ...types: string[]): ConfigSection[] {
  return visibleSections(config).filter((s) => types.includes(typeOf(s)));
}

/** sip.conf / iax.conf accounts: peers, users and friends (modules skip [general] and untyped sections). */
export function channelAccounts(config: AsteriskConfig): ConfigSection[] {
  return visibleSections(config).filter((s) => s.key !== 'general' && ['peer', 'user', 'friend'].includes(typeOf(s)));
}

/** manager.conf users: every non-template section but [general]. */
export function managerUsers(config: AsteriskConfig): ConfigSection[] {
  return visibleSections(config).filter((s) => s.key !== 'general');
}

export function general(config: AsteriskConfig): ConfigSection | undefined {
  return firstSection(config, 'general');
}

/** The host of `addr`, `addr:port`, `[v6]` or `[v6]:port`. */
export function hostPart(addr: string): string {
  const a = addr.trim();
  const br = /^\[([^\]]*)\](?::\d+)?$/.exec(a);
  if (br) return br[1];
  if ((a.match(/:/g) ?? []).length === 1) return a.split(':')[0];
  return a;
}

/** The port of `addr:port` or `[v6]:port`, undefined when none is given. */
export function portPart(addr: string): string | undefined {
  const a = addr.trim();
  const br = /^\[[^\]]*\]:(\d+)$/.exec(a);
  if (br) return br[1];
  const parts = a.split(':');
  return parts.length === 2 && /^\d+$/.test(parts[1]) ? parts[1] : undefined;
}

/** LOOPBACK(addr): 127.0.0.0/8 or ::1. */
export function isLoopback(addr: string | undefined): boolean {
  if (!addr) return false;
  const h = hostPart(addr);
  return /^127\./.test(h) || h === '::1' || h.toLowerCase() === 'localhost';
}

/** WILDCARD(addr): absent or empty (the default binds everything), 0.0.0.0 or ::. */
export function isWildcard(addr: string | undefined): boolean {
  if (addr === undefined || addr.trim() === '') return true;
  const h = hostPart(addr);
  return h === '0.0.0.0' || h === '::' || h === '';
}

/** True when the address listens on IPv6 wildcard (`::`, `[::]`). */
export function bindsIpv6Any(addr: string | undefined): boolean {
  return addr !== undefined && hostPart(addr) === '::';
}

/**
 * Removes a statement without losing a comment: the whole line goes when it holds nothing else,
 * otherwise only the statement's text (a trailing `; comment` stays on its line).
 */
export function removeStatement(ctx: RuleContext, stmt: { line: number; range: Range }): FileEdit {
  const text = ctx.lines.lineText(stmt.line);
  const rest = text.slice(0, stmt.range.start.character) + text.slice(stmt.range.end.character);
  if (rest.trim() === '') return deleteLine(ctx, stmt.line);
  return { file: ctx.doc.file, range: stmt.range, newText: '' };
}

/** Deletes a whole line of the document (with its line break). */
export function deleteLine(ctx: RuleContext, line: number): FileEdit {
  const next = line + 1 < ctx.lines.lineCount;
  const range: Range = next
    ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
    : { start: { line: Math.max(0, line - 1), character: line > 0 ? ctx.lines.lineText(line - 1).length : 0 }, end: { line, character: ctx.lines.lineText(line).length } };
  return { file: ctx.doc.file, range, newText: '' };
}

/** Another configuration file of the same server (etc dir, else beside this document), parsed. */
export function siblingConfig(ctx: RuleContext, name: string): AsteriskConfig | undefined {
  const dir = ctx.settings.asterisk.etcDir || (isPathLike(ctx.doc.file) ? path.dirname(ctx.doc.file) : '');
  if (!dir) return undefined;
  const file = path.join(dir, name);
  if (file === ctx.doc.file) return undefined;
  const text = ctx.fs.readFile(file);
  if (text === undefined) return undefined;
  return buildConfig({ file, text, fs: ctx.fs, etcDir: ctx.settings.asterisk.etcDir });
}

/** Inserts lines at the end of a section's own block in the document. */
export function appendToSection(s: ConfigSection, ctx: RuleContext, text: string): FileEdit {
  const line = s.endLine;
  const end = ctx.lines.lineText(line).length;
  return { file: s.file, range: { start: { line, character: end }, end: { line, character: end } }, newText: ctx.lines.eol + text };
}

/** Appends text at the very end of the document, on new lines. */
export function appendToDocument(ctx: RuleContext, text: string): FileEdit {
  const last = ctx.lines.lineCount - 1;
  const end = ctx.lines.lineText(last).length;
  const eol = ctx.lines.eol;
  const lead = end === 0 ? (last > 0 && ctx.lines.lineText(last - 1) === '' ? '' : eol) : eol + eol;
  return { file: ctx.doc.file, range: { start: { line: last, character: end }, end: { line: last, character: end } }, newText: lead + text + (end === 0 ? eol : '') };
}

/** chan_sip reads this file: sip.conf on a target version that still has chan_sip (up to 20). */
export function isChanSip(config: AsteriskConfig, ctx: RuleContext): boolean {
  return config.kind === 'sip' && ctx.settings.asterisk.targetVersion <= 20;
}
