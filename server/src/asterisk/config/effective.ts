/**
 * Builds the effective configuration Asterisk's config loader produces from a root file:
 * `#include` parsed in place (continuing the current section), `(base)` copying the base's
 * variables as they stand at that moment, `(+)` appending to an earlier section, `+=` extending the
 * last variable of that name. Every variable keeps the file and ranges that produced it.
 */
import type { FileSystemView } from '../../engine/fs';
import { resolveInclude } from './includes';
import { configKind } from './kind';
import { parseConfigSyntax } from './fileSyntax';
import { EffectiveVariable, partOf } from './variables';
import type {
  AsteriskConfig, ConfigFileSyntax, ConfigKind, ConfigProblem, ConfigSection, ConfigVariable, HeaderStmt, ValuePart, VariableStmt,
} from './types';

/** `MAX_INCLUDE_LEVEL` in config.c. */
export const MAX_INCLUDE_LEVEL = 10;

export interface BuildInput {
  file: string;
  text: string;
  fs?: FileSystemView;
  /** settings.asterisk.etcDir ('' = the root file's directory). */
  etcDir?: string;
  kind?: ConfigKind;
  /** The root file's syntax when the caller already has it (incremental re-parse); else parsed here. */
  syntax?: ConfigFileSyntax;
}

export function buildConfig(input: BuildInput): AsteriskConfig {
  const syntax = input.syntax ?? parseConfigSyntax(input.file, input.text);
  const model: AsteriskConfig = {
    file: input.file, kind: input.kind ?? configKind(input.file), syntax, files: new Map([[input.file, syntax]]),
    sections: [], includes: [], problems: [...syntax.problems], invalid: false,
  };
  new Builder(model, input).run();
  model.invalid = model.problems.some((p) => p.fatal && p.file === input.file);
  return model;
}

class Builder {
  private current: ConfigSection | undefined;
  private currentAddition: { file: string; header: HeaderStmt } | undefined;
  /** Sections by lower-cased name, in load order: base and `(+)` lookups without scanning them all. */
  private readonly byKey = new Map<string, ConfigSection[]>();
  constructor(private readonly model: AsteriskConfig, private readonly input: BuildInput) {}

  run(): void {
    this.process(this.model.syntax, 0, [this.model.file]);
  }

  private problem(p: ConfigProblem): void {
    this.model.problems.push(p);
  }

  private process(syntax: ConfigFileSyntax, depth: number, stack: string[]): void {
    const file = syntax.file;
    for (const stmt of syntax.statements) {
      if (this.current && this.current.file === file && stmt.line > this.current.endLine) this.current.endLine = stmt.line;
      if (stmt.kind === 'header') this.header(file, stmt);
      else if (stmt.kind === 'variable') this.variable(file, stmt);
      else if (stmt.name === 'include' || stmt.name === 'tryinclude') {
        if (!stmt.argument) {
          this.problem({ code: 'AST001', file, range: stmt.range, stmt, message: `\`#${stmt.name}\` needs a file name: Asterisk ignores it with a warning.` });
          continue;
        }
        const found = this.input.fs ? resolveInclude(this.input.fs, stmt.argument, this.model.file, file, this.input.etcDir ?? '') : { files: [], tried: [] };
        this.model.includes.push({ file, directive: stmt, targets: found.files });
        if (!found.files.length) {
          if (stmt.name === 'include' && this.input.fs) {
            const where = found.tried.length ? ` (looked in ${found.tried.join(', ')})` : '';
            this.problem({
              code: 'AST006', fatal: true, file, range: stmt.argumentRange ?? stmt.range, stmt,
              message: `\`#include ${stmt.argument}\` matches no file${where}: Asterisk then rejects the whole including file, so the module loads none of it. Fix the path, or use \`#tryinclude\` if the file is optional.`,
            });
          }
          continue;
        }
        for (const target of found.files) {
          if (stack.includes(target)) {
            this.problem({ code: 'AST006', file, range: stmt.argumentRange ?? stmt.range, stmt, message: `\`#${stmt.name} ${stmt.argument}\` includes a file that is already being read (an include cycle); Asterisk stops at its include depth limit. Remove one of the includes.` });
            continue;
          }
          if (depth + 1 > MAX_INCLUDE_LEVEL) {
            this.problem({ code: 'AST006', file, range: stmt.argumentRange ?? stmt.range, stmt, message: `Include depth exceeds Asterisk's limit of ${MAX_INCLUDE_LEVEL}; the file is not loaded. Flatten the include chain.` });
            continue;
          }
          const child = this.syntaxOf(target);
          if (child) this.process(child, depth + 1, [...stack, target]);
        }
      } else if (stmt.name === 'exec') {
        this.problem({ code: 'AST007', file, range: stmt.range, stmt, message: `\`#exec\` runs a program every time this file is loaded (arbitrary command execution at each reload) when asterisk.conf sets execincludes=yes, and is ignored otherwise. Generate the file once and \`#include\` it instead.` });
      } else {
        this.problem({ code: 'AST001', file, range: stmt.nameRange, stmt, message: `Unknown directive \`#${stmt.name}\`: Asterisk ignores the line with a warning. Use #include, #tryinclude or #exec, or comment the line out with \`;\`.` });
      }
    }
  }

  private syntaxOf(file: string): ConfigFileSyntax | undefined {
    const known = this.model.files.get(file);
    if (known) return known;
    const text = this.input.fs?.readFile(file);
    if (text === undefined) return undefined;
    const syntax = parseConfigSyntax(file, text);
    this.model.files.set(file, syntax);
    for (const p of syntax.problems) this.model.problems.push(p);
    return syntax;
  }

  private header(file: string, h: HeaderStmt): void {
    const key = h.name.toLowerCase();
    if (h.addition) {
      const target = this.byKey.get(key)?.find((s) => matchesFilter(s, h.addition!.filter));
      if (!target) {
        this.problem({ code: 'AST003', fatal: true, file, range: h.nameRange, stmt: h, message: `\`[${h.name}](+${h.addition.filter})\` adds to a section that does not exist above it: Asterisk rejects the whole file. Define \`[${h.name}]\` first, or drop the \`+\`.` });
        this.current = undefined;
        this.currentAddition = undefined;
        return;
      }
      target.additions.push({ file, header: h });
      this.current = target;
      this.currentAddition = { file, header: h };
      return;
    }
    const section: ConfigSection = {
      name: h.name, key, file, header: h, template: h.template, bases: [], variables: [], additions: [],
      endLine: h.line, index: this.model.sections.length,
    };
    for (const b of h.bases) {
      const base = this.byKey.get(b.name.toLowerCase())?.[0];
      if (!base) {
        // Whitespace around a base name is reported as AST002 (with its fix) by the rule; the name lookup fails all the same.
        if (b.name.trim() !== b.name) continue;
        const later = b.name;
        this.problem({ code: 'AST003', fatal: true, file, range: b.range, stmt: h, message: `Template \`${later}\` is not defined above this section: Asterisk only looks at sections read so far (case-insensitively), so it rejects the whole file. Define \`[${later}]\` before \`[${h.name}]\`, or fix the name.` });
        continue;
      }
      section.bases.push(base);
      for (const v of base.variables) section.variables.push(asEffective(v).with({ inheritedFrom: base, addedBy: null }));
    }
    this.model.sections.push(section);
    const same = this.byKey.get(key);
    if (same) same.push(section);
    else this.byKey.set(key, [section]);
    this.current = section;
    this.currentAddition = undefined;
  }

  private variable(file: string, v: VariableStmt): void {
    const sec = this.current;
    if (!sec) {
      this.problem({ code: 'AST004', fatal: true, file, range: v.range, stmt: v, message: `\`${v.name}\` stands before any [section]: Asterisk rejects the whole file ("No category context"). Move it under the section it belongs to.` });
      return;
    }
    const key = v.name.toLowerCase();
    if (v.op === '+=') {
      for (let i = sec.variables.length - 1; i >= 0; i--) {
        const old = sec.variables[i];
        if (old.key !== key) continue;
        sec.variables[i] = asEffective(old).with({ value: old.value + v.value, parts: [...old.parts, partOf(file, v)] });
        return;
      }
      // With nothing to append to, `+=` acts like `=`.
      const trimmed = v.value.replace(/^[ \t\v\f\r\n]+/, '');
      const cut = v.value.length - trimmed.length;
      const startCol = v.valueCols ? v.valueCols[cut] ?? v.valueRange.end.character : v.valueRange.start.character + cut;
      const p2: ValuePart = {
        file, line: v.line, text: trimmed,
        range: { start: { line: v.line, character: startCol }, end: v.valueRange.end },
        ...(v.valueCols ? { cols: v.valueCols.slice(cut) } : {}),
      };
      sec.variables.push(this.newVar(file, v, trimmed, [p2]));
      return;
    }
    sec.variables.push(this.newVar(file, v, v.value, undefined, key));
  }

  /** `parts` undefined: the statement's whole value (derived when read). */
  private newVar(file: string, v: VariableStmt, value: string, parts: ValuePart[] | undefined, key = v.name.toLowerCase()): ConfigVariable {
    const out = new EffectiveVariable(key, value, file, v, parts);
    if (this.currentAddition) out.addedBy = this.currentAddition;
    return out;
  }
}

/** The variable as an EffectiveVariable (the builder makes only those; a plain one is wrapped). */
function asEffective(v: ConfigVariable): EffectiveVariable {
  if (v instanceof EffectiveVariable) return v;
  const out = new EffectiveVariable(v.key, v.value, v.file, v.stmt, v.parts);
  if (v.inheritedFrom) out.inheritedFrom = v.inheritedFrom;
  if (v.addedBy) out.addedBy = v.addedBy;
  return out;
}

/**
 * `(+filter)`: `name=regex` terms joined by `&` (POSIX ERE, approximated by JS RegExp), plus
 * `TEMPLATES=include|restrict`. A bare `+` matches the first non-template section of that name.
 */
export function matchesFilter(s: ConfigSection, filter: string): boolean {
  let templatesOk = false;
  let required = 0;
  let matched = 0;
  for (const term of filter.split('&')) {
    const t = term.trim();
    if (!t) continue;
    const eq = t.indexOf('=');
    const name = (eq === -1 ? t : t.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? '' : t.slice(eq + 1).trim();
    if (name === 'templates') {
      if (value.toLowerCase() === 'include') templatesOk = true;
      else if (value.toLowerCase() === 'restrict') {
        if (!s.template) return false;
        templatesOk = true;
      }
      continue;
    }
    required++;
    let re: RegExp;
    try {
      re = new RegExp(value);
    } catch {
      return false;
    }
    if (s.variables.some((v) => v.key === name && re.test(v.value))) matched++;
  }
  if (s.template && !templatesOk) return false;
  return required === matched;
}
