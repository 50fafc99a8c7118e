/**
 * Shared pieces of the AST rules: where a finding points, and the minimal edits the fixes make.
 * A finding points at the line that produced the offending value; when that line is in a template
 * or another file, it points at the section's header in this document and offers "override here".
 */
import type { RuleContext } from '../../engine/rule';
import type { FileEdit, Fix, FixKind, Range, RawFinding, RelatedLocation } from '../../engine/types';
import { lastVar } from '../config/query';
import type { AsteriskConfig, ConfigProblem, ConfigSection, ConfigVariable } from '../config/types';

export function edit(file: string, range: Range, newText: string): FileEdit {
  return { file, range, newText };
}

export function fix(title: string, kind: FixKind, edits: FileEdit[]): Fix {
  return { title, kind, edits };
}

/** Problems the parser raised for this document under `code`. */
export function problemFindings(model: AsteriskConfig, ctx: RuleContext, code: ConfigProblem['code'], fixes?: (p: ConfigProblem) => Fix[]): RawFinding[] {
  return model.problems
    .filter((p) => p.code === code && p.file === ctx.doc.file)
    .map((p) => ({ message: p.message, range: p.range, ...(fixes ? { fixes: fixes(p) } : {}) }));
}

/** Where a section's header name sits, as a location. */
export function headerLocation(s: ConfigSection): { file: string; range: Range } {
  return { file: s.file, range: s.header.nameRange };
}

/** The line a newly inserted option goes on: right after the section's header. */
export function insertAfterHeader(s: ConfigSection, ctx: RuleContext, lineText: string): FileEdit {
  const eol = ctx.lines.eol;
  const line = s.header.line;
  if (s.file === ctx.doc.file && line + 1 >= ctx.lines.lineCount) {
    const end = ctx.lines.lineText(line).length;
    return edit(s.file, { start: { line, character: end }, end: { line, character: end } }, eol + lineText);
  }
  return edit(s.file, { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, lineText + eol);
}

/** Inserts a whole line before line `line` of the document. */
export function insertLineBefore(file: string, line: number, lineText: string, eol: string): FileEdit {
  return edit(file, { start: { line, character: 0 }, end: { line, character: 0 } }, lineText + eol);
}

/** Replaces the value of the statement that defined `v` (its first piece). */
export function replaceValue(v: ConfigVariable, newValue: string): FileEdit {
  return edit(v.file, v.stmt.valueRange, newValue);
}

/** True when the variable was written in this document, in this section's own block or a `(+)` addition. */
export function isLocal(v: ConfigVariable, ctx: RuleContext): boolean {
  return !v.inheritedFrom && v.file === ctx.doc.file;
}

/**
 * A finding about option `key` of `section` whose effective variable is `v`. Local values are
 * reported on their line with `localFixes`; inherited or included ones on the section header with
 * "override in this section" (`key=good`) and a related location for the defining line.
 */
export function optionFinding(
  section: ConfigSection,
  v: ConfigVariable,
  ctx: RuleContext,
  message: string,
  good: string | undefined,
  kind: FixKind,
  extraFixes: Fix[] = [],
): RawFinding {
  if (isLocal(v, ctx)) {
    const fixes = good !== undefined ? [fix(`Set ${v.name}=${good}`, kind, [replaceValue(v, good)])] : [];
    return { message, range: v.stmt.range, fixes: [...fixes, ...extraFixes] };
  }
  const from = v.inheritedFrom ? `template [${v.inheritedFrom.name}]` : 'an included file';
  const related: RelatedLocation[] = [{ file: v.file, range: v.stmt.range, message: `${v.name} is set here` }];
  const fixes: Fix[] = [];
  if (good !== undefined && section.file === ctx.doc.file) fixes.push(fix(`Override ${v.name}=${good} in [${section.name}]`, kind, [insertAfterHeader(section, ctx, `${v.name}=${good}`)]));
  if (good !== undefined && v.inheritedFrom) fixes.push(fix(`Set ${v.name}=${good} in ${from} (affects every section using it)`, 'review', [replaceValue(v, good)]));
  return { message: `${message} (inherited from ${from})`, range: section.file === ctx.doc.file ? section.header.nameRange : v.stmt.range, fixes: [...fixes, ...extraFixes], related, ...(section.file === ctx.doc.file ? {} : { file: v.file }) };
}

/** A finding for an option that is absent (its default applies): on the header, with "insert key=good". */
export function missingOptionFinding(section: ConfigSection, key: string, ctx: RuleContext, message: string, good: string | undefined, kind: FixKind): RawFinding {
  const fixes = good !== undefined && section.file === ctx.doc.file ? [fix(`Add ${key}=${good} to [${section.name}]`, kind, [insertAfterHeader(section, ctx, `${key}=${good}`)])] : [];
  return { message, range: section.header.nameRange, fixes, ...(section.file === ctx.doc.file ? {} : { file: section.file }) };
}

/** Effective variable of a key, or undefined. */
export function effective(section: ConfigSection, key: string): ConfigVariable | undefined {
  return lastVar(section, key);
}

/** Sections this document contributes to a finding about: rules report on sections whose header or values live in the document. */
export function concerns(section: ConfigSection, ctx: RuleContext): boolean {
  return section.file === ctx.doc.file || section.variables.some((v) => v.file === ctx.doc.file) || section.additions.some((a) => a.file === ctx.doc.file);
}

/**
 * `{ file }` when a section lives in an included file: the finding is reported there (the engine
 * carries findings into other files), so accounts kept in `#include`d fragments are checked too.
 */
export function inFile(section: ConfigSection, ctx: RuleContext): { file?: string } {
  return section.file === ctx.doc.file ? {} : { file: section.file };
}
