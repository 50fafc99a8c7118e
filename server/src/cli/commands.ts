import { checkCommand } from './check';
import { credsCommand } from './creds';
import { fixCommand } from './fix';
import type { CliCommand } from './io';
import { rulesCommand } from './rules';
import { testFilterCommand } from './testFilter';

/** Every subcommand of `asterisk-harden`. */
export const COMMANDS: CliCommand[] = [checkCommand, fixCommand, rulesCommand, testFilterCommand, credsCommand];
