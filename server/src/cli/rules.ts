import { ruleDocUrl } from '../engine/registry';
import { createEngine } from '../plugins';
import { parseArgs } from './args';
import { EXIT_OK, type CliCommand, type CliIO } from './io';

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'list every rule: id, slug, default severity, fix kind, title',
  usage: 'asterisk-harden rules [--json]',
  async run(argv: string[], io: CliIO): Promise<number> {
    const args = parseArgs(argv, [], ['json', 'help']);
    if (args.flags.has('help')) {
      io.stdout(`${this.usage}\n`);
      return EXIT_OK;
    }
    const rules = createEngine().registry.all;
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify({ version: 1, rules: rules.map((r) => ({ id: r.id, slug: r.slug, severity: r.severity, title: r.title, p1: r.p1 === true, fix: r.fix ?? null, docs: ruleDocUrl(r.id) })) }, null, 2) + '\n');
      return EXIT_OK;
    }
    const slugWidth = Math.max(...rules.map((r) => r.slug.length), 4);
    for (const r of rules) {
      io.stdout(`${r.id}  ${r.slug.padEnd(slugWidth)}  ${r.severity.padEnd(7)}  ${(r.fix ?? '-').padEnd(11)}  ${r.p1 ? 'P1 ' : '   '}${r.title}\n`);
    }
    io.stdout(`${rules.length} rules\n`);
    return EXIT_OK;
  },
};
