import { Duplex } from 'node:stream';
import { createConnection, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/lsp/server';

class TestStream extends Duplex {
  _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.emit('data', chunk);
    done();
  }
  _read(): void {}
}

export interface TestClient {
  connection: Connection;
  /** Latest pushed diagnostics per URI. */
  pushed: Map<string, Diagnostic[]>;
  /** Resolves when diagnostics for `uri` satisfying `pred` are pushed. */
  waitForDiagnostics(uri: string, pred: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  configurationRequests: unknown[];
  close(): Promise<void>;
}

/**
 * A real LSP client and the real server over in-process streams (the pattern
 * vscode-languageserver-node tests itself with). Capabilities are the test's choice.
 */
export async function startTestClient(capabilities: ClientCapabilities, opts: { initializationOptions?: unknown; configuration?: unknown } = {}): Promise<TestClient> {
  const up = new TestStream();
  const down = new TestStream();
  // Reader/writer objects, not raw streams: given streams, the library exits the process when they close.
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection);
  const connection = createConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const pushed = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; pred: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const configurationRequests: unknown[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    pushed.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p.diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
    configurationRequests.push(params);
    return params.items.map(() => opts.configuration ?? null);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities, initializationOptions: opts.initializationOptions });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    pushed,
    configurationRequests,
    waitForDiagnostics(uri, pred, timeoutMs = 5000) {
      const now = pushed.get(uri);
      if (now && pred(now)) return Promise.resolve(now);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(pushed.get(uri))}`)), timeoutMs);
        waiters.push({ uri, pred, resolve: (d) => { clearTimeout(timer); resolve(d); } });
      });
    },
    async close() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      connection.dispose();
      serverConnection.dispose();
      up.destroy();
      down.destroy();
    },
  };
}

/** VS Code-like capabilities: pull diagnostics, configuration, snippets, code action literals. */
export const VSCODE_LIKE: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
  },
};

/** Neovim 0.7.2's relevant capabilities: no pull diagnostics, no configuration flag, no snippets. */
export const NEOVIM_07: ClientCapabilities = {
  workspace: { workspaceFolders: true },
  textDocument: {
    completion: { completionItem: { snippetSupport: false } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    publishDiagnostics: { relatedInformation: true },
  },
};
