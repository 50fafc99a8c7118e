import * as fs from 'node:fs';
import { toJsonReport } from '../engine/output/json';
import { toSarif } from '../engine/output/sarif';
import { formatText } from '../engine/output/text';
import { LineIndex } from '../engine/text';
import { SEVERITY_ORDER, type Finding, type Severity } from '../engine/types';
import { VERSION } from '../version';
import { oneOf, parseArgs } from './args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';
import { CheckSession } from './session';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'report insecure settings in Asterisk, fail2ban and iptables files',
  usage: 'asterisk-harden check [--format text|json|sarif] [--fail-on error|warning|info|never] [--config FILE] PATH...',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, ['format', 'fail-on', 'config', 'output'], ['help']);
    if (args.flags.has('help')) {
      io.stdout(`${this.usage}\n\nExit status: 0 nothing at or above --fail-on (default warning), 1 findings, 2 usage or I/O error.\n`);
      return EXIT_OK;
    }
    const format = oneOf(args.flags.get('format'), FORMATS, 'format', 'text');
    const failOn = oneOf(args.flags.get('fail-on'), FAIL_ON, 'fail-on', 'warning');
    if (!args.positional.length) throw new UsageError('check needs at least one PATH');
    const config = args.flags.get('config');
    const session = new CheckSession(io.cwd, typeof config === 'string' ? config : undefined);
    const files = session.files(args.positional);
    const findings: Finding[] = [];
    for (const { file, language } of files) findings.push(...session.analyze(file, language));

    let output: string;
    if (format === 'json') output = JSON.stringify(toJsonReport(findings, session.display), null, 2) + '\n';
    else if (format === 'sarif') {
      const texts = new Map<string, LineIndex>();
      const lineText = (file: string, line: number) => {
        let idx = texts.get(file);
        if (!idx) texts.set(file, (idx = new LineIndex(session.fs.readFile(file) ?? '')));
        return idx.lineText(line);
      };
      const sarif = toSarif({
        findings,
        rules: session.engine.registry.all,
        version: VERSION,
        srcRoot: session.srcRoot(),
        artifactUri: (file) => {
          const shown = session.display(file);
          return shown === file ? { uri: new URL(`file://${file}`).toString() } : { uri: encodeURI(shown), uriBaseId: '%SRCROOT%' };
        },
        lineText,
      });
      output = JSON.stringify(sarif, null, 2) + '\n';
    } else output = formatText(findings, session.display, files.length);

    const out = args.flags.get('output');
    if (typeof out === 'string') {
      try {
        fs.writeFileSync(out, output);
      } catch (err) {
        io.stderr(`asterisk-harden: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}\n`);
        return EXIT_USAGE;
      }
    } else io.stdout(output);
    for (const w of new Set(session.warnings)) io.stderr(`asterisk-harden: warning: ${w}\n`);
    if (!files.length && !session.errors.length) {
      io.stderr('asterisk-harden: warning: no Asterisk, fail2ban or iptables file found (see "Install the extension" in the README for the names recognised; name a file explicitly to check it anyway)\n');
    }
    for (const e of session.errors) io.stderr(`asterisk-harden: ${e}\n`);
    if (session.errors.length) return EXIT_USAGE;
    return failing(findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
  },
};

export function failing(findings: Finding[], failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => !f.suppressed && SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[failOn]);
}
