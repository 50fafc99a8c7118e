/**
 * Helpers for rule tests (the `*.test.ts` files beside each rule). Not used by the product.
 * They run the real engine pipeline (parse, rules, suppression, severities) on in-memory files.
 */
import * as path from 'node:path';
import { Engine } from './analyze';
import { MemoryFileSystem, type FileSystemView } from './fs';
import type { CrossFileRule, LanguagePlugin } from './rule';
import { resolveSettings } from './settings';
import type { FileEdit, Finding, LanguageId } from './types';
import { applyTextEdits } from './fixes';

export interface CheckOptions {
  /** Other files of the workspace, absolute paths to text. */
  files?: Record<string, string>;
  settings?: unknown;
  language?: LanguageId;
  fs?: FileSystemView;
}

/** Runs `plugins` (and cross-file rules) on `text` as file `file` and returns the unsuppressed findings. */
export function check(plugins: LanguagePlugin<any>[], file: string, text: string, opts: CheckOptions = {}, crossFileRules: CrossFileRule[] = []): Finding[] {
  return checkAll(plugins, file, text, opts, crossFileRules).filter((f) => !f.suppressed);
}

/** Like `check`, suppressed findings included. */
export function checkAll(plugins: LanguagePlugin<any>[], file: string, text: string, opts: CheckOptions = {}, crossFileRules: CrossFileRule[] = []): Finding[] {
  const engine = new Engine(plugins, crossFileRules);
  const settings = resolveSettings(opts.settings ?? {});
  const fs = opts.fs ?? new MemoryFileSystem({ ...(opts.files ?? {}), [file]: text });
  const ctx = engine.createContext(settings, fs);
  const language = opts.language ?? engine.languageOf(file, text, settings);
  if (!language) throw new Error(`no language claims ${file}; pass opts.language`);
  return engine.analyze({ file, language, text }, ctx).findings;
}

/** Applies a fix's edits to one file's text (edits for other files are ignored). Throws on overlapping edits. */
export function applyEdits(file: string, text: string, edits: FileEdit[]): string {
  return applyTextEdits(text, edits.filter((e) => path.resolve(e.file) === path.resolve(file) || e.file === file));
}

/**
 * Every comment line of `before` is still present in `after`: a fix never loses a comment. (Inline
 * comments are checked by the rule tests that move or keep them.)
 */
export function keepsComments(before: string, after: string): boolean {
  return before
    .split(/\r?\n/)
    .filter((l) => /^\s*[#;]/.test(l))
    .every((l) => after.includes(l.trim()));
}

/** Compact `ID@line:col` list, handy for assertions. Lines and columns are 1-based for readability. */
export function ids(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}:${f.range.start.character + 1}`);
}
