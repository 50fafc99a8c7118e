/**
 * The contexts of the whole Asterisk configuration: this document's dialplan plus every other
 * `extensions*.conf` (and `extensions.ael`) beside it or in the configured etc dir, read through
 * the engine's model cache.
 */
import * as path from 'node:path';
import type { AnalysisContext } from '../../engine/rule';
import { dialplanOf, type ModelLike } from './host';
import type { Dialplan } from './types';

export interface WorkspaceContexts {
  names: Set<string>;
  /** False when contexts may come from somewhere we cannot read (extensions.lua). */
  complete: boolean;
}

const AEL_CONTEXT = /^\s*(?:abstract\s+|extend\s+)*context\s+([A-Za-z0-9_\-.]+)\s*\{/gim;

export function etcDirsOf(file: string, ctx: AnalysisContext): string[] {
  const dirs = new Set<string>();
  if (path.isAbsolute(file)) dirs.add(path.dirname(file));
  if (ctx.settings.asterisk.etcDir) dirs.add(path.resolve(ctx.settings.asterisk.etcDir));
  return [...dirs];
}

/** Other dialplan files of the same etc dir(s). */
export function otherDialplanFiles(file: string, ctx: AnalysisContext): string[] {
  const out: string[] = [];
  for (const dir of etcDirsOf(file, ctx)) {
    for (const name of ctx.fs.readDir(dir) ?? []) {
      const p = path.join(dir, name);
      if (p !== file && /^extensions.*\.conf$/i.test(name) && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

/** Contexts that modules create at run time (res_parking's default lot). */
const MODULE_CONTEXTS = ['parkedcalls'];

export function workspaceContexts(file: string, dp: Dialplan, ctx: AnalysisContext): WorkspaceContexts {
  const names = new Set([...dp.byName.keys(), ...MODULE_CONTEXTS]);
  let complete = true;
  for (const dir of etcDirsOf(file, ctx)) {
    const entries = ctx.fs.readDir(dir) ?? [];
    if (entries.some((n) => /^extensions\.lua$/i.test(n))) complete = false;
    for (const n of entries) {
      if (!/^extensions.*\.ael$/i.test(n)) continue;
      const text = ctx.fs.readFile(path.join(dir, n)) ?? '';
      for (const m of text.matchAll(AEL_CONTEXT)) names.add(m[1].toLowerCase());
    }
  }
  for (const other of otherDialplanFiles(file, ctx)) {
    const parsed = ctx.models.get(other, 'asterisk-conf');
    const model = parsed?.model as ModelLike | undefined;
    if (!model || !model.config) continue;
    const odp = dialplanOf(model);
    if (odp) for (const k of odp.byName.keys()) names.add(k);
  }
  return { names, complete };
}
