/** Helpers shared by the IPT rules: ranges from offsets, diagnostics to findings, line insertions. */
import type { Rule, RuleContext, RuleMeta } from '../../engine/rule';
import type { FileEdit, Range, RawFinding } from '../../engine/types';
import type { IptCommand, IptModel, Tok } from '../model';

export function rangeOf(ctx: RuleContext, start: number, end: number): Range {
  return { start: ctx.lines.positionAt(start), end: ctx.lines.positionAt(end) };
}

export function tokRange(ctx: RuleContext, t: { start: number; end: number }): Range {
  return rangeOf(ctx, t.start, t.end);
}

export function edit(ctx: RuleContext, start: number, end: number, newText: string): FileEdit {
  return { file: ctx.doc.file, range: rangeOf(ctx, start, end), newText };
}

/** Every parse-level diagnostic of the model tagged with `ruleId`. */
export function diagnosticsOf(model: IptModel, ruleId: string, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const d of [...model.diagnostics, ...model.commands.flatMap((c) => c.diagnostics)]) {
    if (d.ruleId !== ruleId) continue;
    out.push({ message: d.message, range: rangeOf(ctx, d.start, d.end), ...(d.severity ? { severity: d.severity } : {}) });
  }
  return out;
}

/** A rule that reports the parser's diagnostics for its id, plus its own checks. */
export function diagnosticRule(meta: RuleMeta, extra?: (model: IptModel, ctx: RuleContext) => RawFinding[]): Rule<IptModel> {
  return { meta, check: (model, ctx) => [...diagnosticsOf(model, meta.id, ctx), ...(extra?.(model, ctx) ?? [])] };
}

/** The text of a new command in the document's own form: `iptables -A …` in scripts, `-A …` in restore files. */
export function commandText(model: IptModel, like: IptCommand | undefined, body: string, table = 'filter', family = model.family): string {
  if (model.form === 'restore') return body;
  const prog = like?.program ? model.text.slice(like.program.start, like.program.end) : family === 6 ? 'ip6tables' : 'iptables';
  return `${prog}${table !== 'filter' ? ` -t ${table}` : ''} ${body}`;
}

/** Inserts a whole line before the line where `at` starts, keeping that line's indentation. */
export function insertLineBefore(ctx: RuleContext, model: IptModel, at: number, line: string): FileEdit {
  let s = at;
  while (s > 0 && model.text[s - 1] !== '\n' && model.text[s - 1] !== '\r') s--;
  const indent = /^[ \t]*/.exec(model.text.slice(s))![0];
  return edit(ctx, s, s, `${indent}${line}${ctx.lines.eol}`);
}

/** Inserts a whole line after the line where `at` ends (after continuations already resolved by `at`). */
export function insertLineAfter(ctx: RuleContext, model: IptModel, at: number, line: string): FileEdit {
  let e = at;
  while (e < model.text.length && model.text[e] !== '\n' && model.text[e] !== '\r') e++;
  return edit(ctx, e, e, `${ctx.lines.eol}${line}`);
}

export const tokText = (t: Tok | undefined) => t?.text ?? '';
