import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../version';
import { startServer } from './server';

/**
 * `asterisk-harden-ls` / `node dist/server.js --stdio`. VS Code passes `--node-ipc`; any other
 * client gets stdio, which is also the default when no transport flag is given.
 */
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) process.argv.push('--stdio');

if (process.argv.includes('--version')) {
  process.stdout.write(`asterisk-harden-ls ${VERSION}\n`);
  process.exit(0);
}

// A bug must not take the server down with a document open: log it and carry on.
process.on('uncaughtException', (err) => process.stderr.write(`asterisk-harden-ls: ${err.stack ?? err}\n`));
process.on('unhandledRejection', (err) => process.stderr.write(`asterisk-harden-ls: ${String(err)}\n`));

startServer(createConnection(ProposedFeatures.all));
