import { checkCommand } from './check';
import { fixCommand } from './fix';
import type { CliCommand } from './io';
import { rulesCommand } from './rules';

/** Every subcommand of `asterisk-harden`. */
export const COMMANDS: CliCommand[] = [checkCommand, fixCommand, rulesCommand];
