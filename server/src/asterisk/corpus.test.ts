/**
 * Asterisk loads every file of the corpus (real sample and testsuite configurations): a parser
 * error (AST001–AST004) on any of them is our bug, and so is an unknown-option warning (AST011).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Engine } from '../engine/analyze';
import { DiskFileSystem } from '../engine/fs';
import type { ParsedFile } from '../engine/rule';
import { resolveSettings } from '../engine/settings';
import type { AsteriskModel } from './model';
import { applyEdits, checkAll } from '../engine/testing';
import { LineIndex } from '../engine/text';
import { parseConfigSyntax } from './config/fileSyntax';
import { asteriskPlugin } from './plugin';

const SHARED = process.env.ASTERISK_HARDEN_SHARED ?? path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared');
const CORPUS = path.join(SHARED, 'corpus', 'asterisk');
/** Not read by Asterisk's config parser (corpus README). */
const SKIP = new Set(['README.md', 'asterisk.adsi', 'telcordia-1.adsi', 'extensions.ael.sample', 'extensions.lua.sample', 'ss7.timers.sample', 'dbsep.conf.sample', 'ast_debug_tools.conf.sample']);
const PARSER_RULES = new Set(['AST001', 'AST002', 'AST003', 'AST004', 'AST011']);

function walk(dir: string, out: string[]): string[] {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p, out);
    else if (!SKIP.has(name)) out.push(p);
  }
  return out;
}

test('the Asterisk corpus parses with zero AST001–AST004 and AST011 findings', (t) => {
  if (!fs.existsSync(CORPUS)) {
    t.skip(`corpus ${CORPUS} absent`);
    return;
  }
  const disk = new DiskFileSystem();
  const files = walk(CORPUS, []);
  assert.ok(files.length > 400, `expected the whole corpus, found ${files.length} files`);
  const bad: string[] = [];
  for (const file of files) {
    const text = disk.readFile(file) ?? '';
    for (const f of checkAll([asteriskPlugin], file, text, { fs: disk, language: 'asterisk-conf' })) {
      if (PARSER_RULES.has(f.ruleId)) bad.push(`${path.relative(CORPUS, file)}:${f.range.start.line + 1}: ${f.ruleId} ${f.message}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every fix offered on the corpus applies cleanly and keeps every comment', (t) => {
  if (!fs.existsSync(CORPUS)) {
    t.skip(`corpus ${CORPUS} absent`);
    return;
  }
  const disk = new DiskFileSystem();
  let applied = 0;
  const bad: string[] = [];
  for (const file of walk(CORPUS, [])) {
    const text = disk.readFile(file) ?? '';
    const idx = new LineIndex(text);
    const comments = parseConfigSyntax(file, text).comments.map((c) => text.slice(idx.offsetAt(c.range.start), idx.offsetAt(c.range.end)).trim()).filter(Boolean);
    for (const f of checkAll([asteriskPlugin], file, text, { fs: disk, language: 'asterisk-conf' })) {
      for (const fx of f.fixes) {
        if (!fx.edits.every((e) => e.file === file)) continue;
        const out = applyEdits(file, text, fx.edits);
        applied++;
        for (const c of comments) if (!out.includes(c)) bad.push(`${path.relative(CORPUS, file)}: ${f.ruleId} "${fx.title}" loses a comment`);
      }
    }
  }
  assert.ok(applied > 100, `only ${applied} fixes exercised`);
  assert.deepEqual(bad, []);
});

test('editor services answer on every corpus file without throwing, ranges inside the document', (t) => {
  if (!fs.existsSync(CORPUS)) {
    t.skip(`corpus ${CORPUS} absent`);
    return;
  }
  const disk = new DiskFileSystem();
  const engine = new Engine([asteriskPlugin]);
  const ctx = engine.createContext(resolveSettings({}), disk);
  const services = asteriskPlugin.services!;
  let hovers = 0;
  for (const file of walk(CORPUS, [])) {
    const text = disk.readFile(file) ?? '';
    const parsed = engine.parse({ file, language: 'asterisk-conf', text }, ctx) as ParsedFile<AsteriskModel>;
    const idx = new LineIndex(text);
    for (const s of services.symbols!(parsed, ctx)) assert.ok(s.range.end.line < idx.lineCount, file);
    for (const f of services.folding!(parsed, ctx)) assert.ok(f.startLine <= f.endLine && f.endLine < idx.lineCount, file);
    parsed.model.config.syntax.statements.forEach((st, i) => {
      if (i % 3) return;
      const pos = st.kind === 'variable' ? st.valueRange.start : st.nameRange.start;
      if (services.hover!(parsed, st.nameRange.start, ctx)) hovers++;
      services.completion!(parsed, pos, ctx);
      services.definition!(parsed, pos, ctx);
    });
  }
  assert.ok(hovers > 1000, `only ${hovers} hovers answered`);
});
