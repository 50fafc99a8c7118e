/**
 * Shared plumbing of the AST4xx rules: run a check per context and memoise its findings on the
 * context object. Unchanged contexts are reused across analyses (model.ts), so after a one-line
 * edit only the edited context is re-checked.
 */
import type { Rule, RuleContext, RuleMeta } from '../../engine/rule';
import type { FileEdit, Fix, FixKind, RawFinding, Range } from '../../engine/types';
import { nameKey } from './exten';
import { dialplanOf, type ModelLike } from './host';
import type { Dialplan, DpContext, DpExtension } from './types';

export function contextRule(meta: RuleMeta, check: (c: DpContext, ctx: RuleContext) => RawFinding[]): Rule<ModelLike> {
  const memo = new WeakMap<DpContext, RawFinding[]>();
  return {
    meta,
    check(model, ctx) {
      const dp = dialplanOf(model);
      if (!dp) return [];
      const out: RawFinding[] = [];
      for (const c of dp.contexts) {
        let f = memo.get(c);
        if (!f) memo.set(c, (f = check(c, ctx)));
        out.push(...f);
      }
      return onlyThisFile(out);
    },
  };
}

export function dialplanRule(meta: RuleMeta, check: (dp: Dialplan, ctx: RuleContext) => RawFinding[]): Rule<ModelLike> {
  return { meta, check: (model, ctx) => { const dp = dialplanOf(model); return dp ? onlyThisFile(check(dp, ctx)) : []; } };
}

/**
 * Lines in an `#include`d `extensions*.conf` are reported when that file is analysed itself (it is
 * a dialplan on its own), so the includer does not report them twice. Lines in fragments with other
 * names (`#include custom/ivr.conf`) are reported here, pointing into the fragment.
 */
function onlyThisFile(findings: RawFinding[]): RawFinding[] {
  return findings.some((f) => f.file) ? findings.filter((f) => !f.file || !DIALPLAN_FILE.test(f.file)) : findings;
}

const DIALPLAN_FILE = /(^|[\\/])extensions[^\\/]*\.conf(\.sample)?$/i;

export function fileFinding(file: string, ctx: RuleContext, f: RawFinding): RawFinding {
  return file === ctx.doc.file ? f : { ...f, file };
}

export function makeFix(title: string, kind: FixKind, edits: FileEdit[]): Fix {
  return { title, kind, edits };
}

export function appIs(ext: DpExtension, ...names: string[]): boolean {
  return ext.app !== undefined && names.includes(nameKey(ext.app.name));
}

/** Where an extension line is, for messages: `exten 100` / `_X.`. */
export function extLabel(ext: DpExtension): string {
  return ext.pattern ? ext.pattern.text : '(no extension)';
}

export type { Range };
