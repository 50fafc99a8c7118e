import * as fs from 'node:fs';
import { applyTextEdits, collectSafeFixes } from '../engine/fixes';
import type { FileEdit } from '../engine/types';
import { parseArgs } from './args';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';
import { CheckSession } from './session';

/** Fixes can unlock others (a fixed line is re-checked); stop after this many passes. */
const MAX_PASSES = 5;

export const fixCommand: CliCommand = {
  name: 'fix',
  summary: 'apply the safe fixes (never the ones that change behaviour)',
  usage: 'asterisk-harden fix [--dry-run] [--config FILE] PATH...',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, ['config'], ['dry-run', 'help']);
    if (args.flags.has('help')) {
      io.stdout(`${this.usage}\n\nApplies safe fixes only; review fixes are offered in the editor one at a time.\n--dry-run lists the fixes without writing.\n`);
      return EXIT_OK;
    }
    if (!args.positional.length) throw new UsageError('fix needs at least one PATH');
    const dryRun = args.flags.has('dry-run');
    const config = args.flags.get('config');
    const session = new CheckSession(io.cwd, typeof config === 'string' ? config : undefined);
    const files = session.files(args.positional);
    const texts = new Map<string, string>();
    const original = new Map<string, string>();
    const read = (file: string) => {
      if (!texts.has(file)) {
        const t = session.fs.readFile(file);
        if (t === undefined) return undefined;
        texts.set(file, t);
        original.set(file, t);
      }
      return texts.get(file);
    };
    const log: string[] = [];
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = 0;
      for (const { file, language } of files) {
        const text = read(file);
        if (text === undefined) continue;
        const chosen = collectSafeFixes(session.analyze(file, language, text));
        const byFile = new Map<string, FileEdit[]>();
        for (const { finding, fix } of chosen) {
          log.push(`${session.display(finding.file)}:${finding.range.start.line + 1}:${finding.range.start.character + 1}: ${finding.ruleId}(${finding.slug}): ${fix.title}`);
          for (const e of fix.edits) (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
        }
        for (const [target, edits] of byFile) {
          const before = read(target);
          if (before === undefined) continue;
          texts.set(target, applyTextEdits(before, edits));
          changed++;
        }
      }
      if (!changed) break;
    }
    const changedFiles = [...texts.entries()].filter(([f, t]) => original.get(f) !== t);
    if (!dryRun) {
      for (const [file, text] of changedFiles) {
        try {
          fs.writeFileSync(file, text);
        } catch (err) {
          io.stderr(`asterisk-harden: cannot write ${session.display(file)}: ${err instanceof Error ? err.message : String(err)}\n`);
          return EXIT_USAGE;
        }
      }
    }
    for (const line of log) io.stdout(`${dryRun ? 'would fix' : 'fixed'} ${line}\n`);
    io.stdout(`${dryRun ? 'would apply' : 'applied'} ${log.length} safe fix${log.length === 1 ? '' : 'es'} in ${changedFiles.length} file${changedFiles.length === 1 ? '' : 's'}\n`);
    for (const e of session.errors) io.stderr(`asterisk-harden: ${e}\n`);
    return session.errors.length ? EXIT_USAGE : EXIT_OK;
  },
};
