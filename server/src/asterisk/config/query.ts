/**
 * Read helpers over the effective model: the lookups Asterisk's modules do (first section of a
 * name, last value of a key, every value of a list key), booleans as `ast_true()`/`ast_false()`
 * read them, and positions inside values.
 */
import type { Position, Range } from '../../engine/types';
import type { AsteriskConfig, ConfigSection, ConfigVariable } from './types';

/** Sections modules see (templates are hidden from them), in load order. */
export function visibleSections(model: AsteriskConfig): ConfigSection[] {
  return model.sections.filter((s) => !s.template);
}

/** The section `ast_category_get()`/`ast_variable_browse()` return: the first non-template one of that name (case-insensitive). */
export function firstSection(model: AsteriskConfig, name: string): ConfigSection | undefined {
  const key = name.toLowerCase();
  return model.sections.find((s) => !s.template && s.key === key);
}

/** Every section of that name (templates included), in load order. */
export function sectionsNamed(model: AsteriskConfig, name: string): ConfigSection[] {
  const key = name.toLowerCase();
  return model.sections.filter((s) => s.key === key);
}

/** The effective value of a scalar option: the last occurrence wins. */
export function lastVar(section: ConfigSection, key: string): ConfigVariable | undefined {
  const k = key.toLowerCase();
  for (let i = section.variables.length - 1; i >= 0; i--) if (section.variables[i].key === k) return section.variables[i];
  return undefined;
}

/** Every occurrence of a key, in effective order (list options: permit, deny, allow, match…). */
export function allVars(section: ConfigSection, ...keys: string[]): ConfigVariable[] {
  const ks = keys.map((k) => k.toLowerCase());
  return section.variables.filter((v) => ks.includes(v.key));
}

export function value(section: ConfigSection, key: string): string | undefined {
  return lastVar(section, key)?.value;
}

/** `ast_true()`: yes, true, y, t, 1, on (any case). */
export function isTrue(v: string | undefined): boolean {
  return v !== undefined && /^(yes|true|y|t|1|on)$/i.test(v.trim());
}

/** `ast_false()`: no, false, n, f, 0, off (any case). */
export function isFalse(v: string | undefined): boolean {
  return v !== undefined && /^(no|false|n|f|0|off)$/i.test(v.trim());
}

/** The source position of character `index` of a variable's effective value (end of value when past it). */
export function positionInValue(v: ConfigVariable, index: number): { file: string; position: Position } {
  let i = index;
  for (const part of v.parts) {
    if (i < part.text.length) return { file: part.file, position: { line: part.line, character: part.cols ? part.cols[i] : part.range.start.character + i } };
    i -= part.text.length;
  }
  const last = v.parts[v.parts.length - 1];
  return { file: last.file, position: last.range.end };
}

/** The source range of `value.slice(start, end)` when it lies in one piece; else the first piece's range. */
export function rangeInValue(v: ConfigVariable, start: number, end: number): { file: string; range: Range } {
  const a = positionInValue(v, start);
  const b = end > start ? positionInValue(v, end - 1) : a;
  if (a.file !== b.file || a.position.line !== b.position.line) return { file: v.parts[0].file, range: v.parts[0].range };
  return { file: a.file, range: { start: a.position, end: end > start ? { line: b.position.line, character: b.position.character + 1 } : a.position } };
}

/** True when the variable was written in this section's own block (not inherited, not a `(+)` addition elsewhere). */
export function isOwn(v: ConfigVariable): boolean {
  return !v.inheritedFrom;
}
