/**
 * Rebuilding the effective model after an edit that only changed `key=value` lines of a plain
 * file (no `#include`, no templates or `(+)` additions, no `+=`): every variable then belongs to
 * exactly one section, so the previous model is kept and only the sections holding an edited line
 * get new objects (the previous model is never mutated). Anything else runs the full builder.
 * A property test checks the result equals `buildConfig`.
 */
import { buildConfig, type BuildInput } from './config/effective';
import { parseConfigSyntax } from './config/fileSyntax';
import { EffectiveVariable } from './config/variables';
import type { AsteriskConfig, ConfigFileSyntax, ConfigSection, ConfigVariable, Statement, VariableStmt } from './config/types';

const MAX_DOCUMENTS = 32;
const previous = new Map<string, AsteriskConfig>();
const plainMemo = new WeakMap<AsteriskConfig, boolean>();

/** No includes, no inheritance, no additions, no `+=`, no builder problems: one variable per statement. */
function plain(c: AsteriskConfig): boolean {
  let p = plainMemo.get(c);
  if (p === undefined) {
    p = c.files.size === 1 && c.includes.length === 0 && c.problems.length === c.syntax.problems.length
      && c.sections.every((s) => s.bases.length === 0 && s.additions.length === 0)
      && c.syntax.statements.every((st) => st.kind === 'header' || (st.kind === 'variable' && st.op !== '+='));
    plainMemo.set(c, p);
  }
  return p;
}

/**
 * The parser reuses the statement objects of unchanged lines (config/fileSyntax.ts), so the edited
 * statements are the ones that are not identical. A value-only edit pairs variables line by line.
 */
function valueEdits(before: ConfigFileSyntax, after: ConfigFileSyntax): Map<Statement, VariableStmt> | undefined {
  const a = before.statements;
  const b = after.statements;
  if (a.length !== b.length) return undefined;
  const map = new Map<Statement, VariableStmt>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.kind !== 'variable' || y.kind !== 'variable' || x.line !== y.line || y.op === '+=' || map.size >= 2000) return undefined;
    map.set(x, y);
  }
  return map;
}

function rebuild(prev: AsteriskConfig, syntax: AsteriskConfig['syntax'], changed: Map<Statement, VariableStmt>): AsteriskConfig {
  // Exactly what the builder makes for a plain `key=value` line (config/effective.ts).
  const fresh = (v: ConfigVariable, n: VariableStmt): ConfigVariable => new EffectiveVariable(n.name.toLowerCase(), n.value, v.file, n);
  const sections: ConfigSection[] = prev.sections.map((s) => {
    if (!s.variables.some((v) => changed.has(v.stmt))) return s;
    return { ...s, variables: s.variables.map((v) => { const n = changed.get(v.stmt); return n ? fresh(v, n) : v; }) };
  });
  const problems = [...syntax.problems];
  return {
    file: prev.file, kind: prev.kind, syntax, files: new Map([[prev.file, syntax]]), sections, includes: [], problems,
    invalid: problems.some((p) => p.fatal && p.file === prev.file),
  };
}

/** `buildConfig(input)`, reusing the previous model of the same document when only values changed. */
export function buildConfigReusing(input: BuildInput): AsteriskConfig {
  const syntax = parseConfigSyntax(input.file, input.text);
  const prev = previous.get(input.file);
  let config: AsteriskConfig | undefined;
  // Same text: the same model, unless included files (read through the file view) may have changed.
  if (prev && prev.syntax === syntax && plain(prev)) config = prev;
  else if (prev && (input.kind ?? prev.kind) === prev.kind && plain(prev) && prev.syntax.problems.length === syntax.problems.length) {
    const changed = valueEdits(prev.syntax, syntax);
    if (changed) config = rebuild(prev, syntax, changed);
  }
  config ??= buildConfig({ ...input, syntax });
  previous.delete(input.file);
  previous.set(input.file, config);
  if (previous.size > MAX_DOCUMENTS) previous.delete(previous.keys().next().value as string);
  return config;
}

export function forgetConfigs(): void {
  previous.clear();
}
