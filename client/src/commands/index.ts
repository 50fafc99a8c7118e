import { commands, type ExtensionContext, type LogOutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface ClientHandle {
  client(): LanguageClient | undefined;
  output: LogOutputChannel;
  restart(): Promise<void>;
}

/** Registers every command of the extension. */
export function registerCommands(context: ExtensionContext, handle: ClientHandle): void {
  context.subscriptions.push(
    commands.registerCommand('asteriskHarden.restartServer', () => handle.restart()),
    commands.registerCommand('asteriskHarden.showOutput', () => handle.output.show(true)),
  );
}
