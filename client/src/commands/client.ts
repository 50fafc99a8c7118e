/**
 * The slice of the LanguageClient the commands use, so they can be driven by a stub in tests.
 * `vscode-languageclient`'s LanguageClient satisfies it structurally.
 */
import type { CancellationToken, Disposable, LogOutputChannel } from 'vscode';

export interface RequestClient {
  sendRequest<R>(method: string, params: unknown, token?: CancellationToken): Promise<R>;
  onProgress<P>(type: { __?: [P, void] } | any, token: string | number, handler: (value: P) => void): Disposable;
}

export interface ClientHandle {
  client(): RequestClient | undefined;
  output: LogOutputChannel;
  restart(): Promise<void>;
}

/** The running client, or an error the user can act on. */
export function requireClient(handle: ClientHandle): RequestClient {
  const c = handle.client();
  if (!c) throw new Error('The Asterisk Harden language server is not running (is "asteriskHarden.enable" off?). Run "Asterisk Harden: Restart Language Server".');
  return c;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
