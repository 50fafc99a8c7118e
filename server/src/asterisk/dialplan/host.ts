/**
 * The bridge from the config parser's effective model to the dialplan. Typed structurally on the
 * few fields it reads, so the dialplan layer stays independent of the parser's internals.
 */
import type { Range } from '../../engine/types';
import { buildDialplan } from './model';
import type { Dialplan, DpSourceSection } from './types';

interface VarLike {
  name: string;
  file: string;
  stmt: { line: number; nameRange: Range; value: string; valueRange: Range; valueCols: number[] };
}
interface SectionLike {
  name: string;
  file: string;
  template: boolean;
  endLine: number;
  header: { range: Range; nameRange: Range };
  variables: VarLike[];
}
export interface ConfigLike {
  file: string;
  kind: string;
  sections: SectionLike[];
}
export interface ModelLike {
  config: ConfigLike;
}

const built = new WeakMap<object, Dialplan>();

export function toDialplanSections(config: ConfigLike): DpSourceSection[] {
  return config.sections.map((s) => ({
    name: s.name,
    file: s.file,
    nameRange: s.header.nameRange,
    headerRange: s.header.range,
    endLine: s.endLine,
    template: s.template,
    lines: s.variables.map((v) => ({
      file: v.file, line: v.stmt.line, key: v.name, keyRange: v.stmt.nameRange, value: v.stmt.value, valueRange: v.stmt.valueRange, valueCols: v.stmt.valueCols,
    })),
  }));
}

/** extensions.conf, and fragments named like it (`extensions_custom.conf`) that it includes. */
export function isDialplanConfig(config: ConfigLike): boolean {
  if (config.kind === 'extensions') return true;
  const base = config.file.replace(/\\/g, '/').split('/').pop() ?? '';
  return /^extensions[^/]*\.conf(\.sample)?$/i.test(base);
}

/** The dialplan of an extensions*.conf model (built once per model), undefined for other files. */
export function dialplanOf(model: ModelLike): Dialplan | undefined {
  if (!isDialplanConfig(model.config)) return undefined;
  let dp = built.get(model);
  if (!dp) {
    dp = buildDialplan(toDialplanSections(model.config));
    built.set(model, dp);
  }
  return dp;
}
