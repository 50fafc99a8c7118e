import * as path from 'node:path';
import { requireBundle } from './codeCache';
import type { CliCommand } from './io';

/**
 * A command whose code is loaded on first use. The bundle ships the engine's commands and test-filter
 * as files of their own (dist/cli-engine.js, dist/cli-test-filter.js) that dist/cli.js loads when a
 * command runs: test-filter then compiles the fail2ban tester alone, not the whole engine, and `check`
 * does not compile the tester. On a small input, startup is most of a run.
 */
function lazyCommand(name: string, summary: string, load: () => CliCommand): CliCommand {
  let loaded: CliCommand | undefined;
  const get = () => (loaded ??= load());
  return {
    name,
    summary,
    get usage() {
      return get().usage;
    },
    run: (argv, io) => get().run(argv, io),
  };
}

// In the bundle (dist/cli.js) each part is a file of its own, loaded with its V8 code cache when the
// build wrote one (codeCache.ts); compiled to out/, these are plain requires of the modules.
const BUNDLED = path.basename(__filename) === 'cli.js';
function part<T>(bundle: string, load: () => T): () => T {
  return () => (BUNDLED ? (requireBundle(path.join(__dirname, bundle)) as T) : load());
}
const engine = part('cli-engine.js', () => require('./engineCommands') as typeof import('./engineCommands'));
const testFilter = part('cli-test-filter.js', () => require('./testFilter') as typeof import('./testFilter'));

/** Every subcommand of `asterisk-harden` (summaries here, so that --help loads nothing). */
export const COMMANDS: CliCommand[] = [
  lazyCommand('check', 'report insecure settings in Asterisk, fail2ban and iptables files', () => engine().checkCommand),
  lazyCommand('fix', 'apply the safe fixes (never the ones that change behaviour)', () => engine().fixCommand),
  lazyCommand('rules', 'list every rule: id, slug, default severity, fix kind, title', () => engine().rulesCommand),
  lazyCommand('test-filter', 'run a fail2ban filter over a log, as fail2ban-regex does (same counts), fast', () => testFilter().testFilterCommand),
  lazyCommand('creds', 'Generate a strong account (username + secret) as a ready sip/pjsip/iax/manager block', () => engine().credsCommand),
];
