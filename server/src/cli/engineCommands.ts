/**
 * The commands built on the whole engine, loaded together on first use (dist/cli-engine.js in the
 * bundle; see commands.ts).
 */
export { checkCommand } from './check';
export { credsCommand } from './creds';
export { fixCommand } from './fix';
export { rulesCommand } from './rules';
