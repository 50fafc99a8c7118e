import * as path from 'node:path';
import { window, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;
let output: LogOutputChannel | undefined;

/** The languages the server analyses. Firewall shell scripts are chosen by the server (a setting's glob). */
export const DOCUMENT_SELECTOR = [
  { language: 'asterisk-conf' },
  { language: 'fail2ban-conf' },
  { language: 'iptables' },
  { language: 'shellscript' },
];

export function createClient(context: ExtensionContext, channel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: channel,
    synchronize: {
      configurationSection: 'asteriskHarden',
      // Files other documents depend on: includes, filters, jails, firewall scripts.
      fileEvents: workspace.createFileSystemWatcher('**/*.{conf,local,sh,v4,v6,rules}'),
    },
    initializationOptions: workspace.getConfiguration('asteriskHarden'),
  };
  return new LanguageClient('asteriskHarden', 'Asterisk Harden', serverOptions, clientOptions);
}

export async function activate(context: ExtensionContext): Promise<void> {
  output = window.createOutputChannel('Asterisk Harden', { log: true });
  context.subscriptions.push(output);
  client = createClient(context, output);
  registerCommands(context, {
    client: () => client,
    output: output,
    restart: async () => {
      if (client) await client.stop().catch(() => undefined);
      client = createClient(context, output!);
      await client.start();
    },
  });
  // Always started: `asteriskHarden.enable` is a per-folder setting the server honours per document,
  // so turning it on later needs no restart.
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = undefined;
}
