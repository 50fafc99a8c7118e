import { VERSION } from '../version';
import { COMMANDS } from './commands';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `asterisk-harden ${VERSION}: security checks for Asterisk, fail2ban and iptables configurations`,
    '',
    'Usage: asterisk-harden <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'asterisk-harden <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/** Runs the CLI; resolves to the exit code. Exported for in-process tests. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`asterisk-harden: unknown command '${name}'\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`asterisk-harden ${cmd.name}: ${err.message}\nusage: ${cmd.usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`asterisk-harden ${cmd.name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  // Pipes closed early (`| head`) are not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT_OK);
  });
  const io: CliIO = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
  // exitCode, not exit(): pending writes to a pipe are flushed before the process ends.
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
