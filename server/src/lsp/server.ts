import {
  CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind, TextDocuments,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../engine/analyze';
import { createEngine } from '../plugins';
import { VERSION } from '../version';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { registerCustomRequests } from './customRequests';
import { DiagnosticsHandler } from './diagnostics';
import { DocumentState, type Analysis } from './documentState';
import * as features from './languageFeatures';
import { SettingsSource } from './settingsSource';
import { UriMap } from './uris';

export const SERVER_NAME = 'asterisk-harden';

/**
 * Wires one connection (stdio, IPC or in-process streams in tests). Creating the connection is the
 * caller's job, so tests can pass their own streams and client capabilities.
 */
export function startServer(connection: Connection, engine: Engine = createEngine()): void {
  const documents = new TextDocuments(TextDocument);
  const uris = new UriMap();
  const state = new DocumentState(engine, uris);
  let settings!: SettingsSource;
  let diagnostics!: DiagnosticsHandler;
  let snippetSupport = false;
  let configurationCapability = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    configurationCapability = caps.workspace?.configuration === true;
    const pull = caps.textDocument?.diagnostic !== undefined;
    snippetSupport = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
    settings = new SettingsSource(connection, configurationCapability, params.initializationOptions);
    diagnostics = new DiagnosticsHandler(connection, documents, state, settings, pull);
    diagnostics.register();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pull ? { diagnosticProvider: { identifier: SERVER_NAME, interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['=', '(', '[', ',', '$', '{', '-', ' '] },
        documentSymbolProvider: true,
        definitionProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: SERVER_NAME, version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (configurationCapability) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'asteriskHarden' }).catch(() => undefined);
    }
  });

  connection.onShutdown(() => diagnostics?.dispose());

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    diagnostics.refreshAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const c of change.changes) state.fileChanged(c.uri);
    diagnostics.refreshAll();
  });

  documents.onDidOpen((e) => {
    state.opened(e.document);
    diagnostics.changed(e.document);
  });
  documents.onDidChangeContent((e) => diagnostics.changed(e.document));
  documents.onDidClose((e) => {
    state.closed(e.document.uri);
    settings.forget(e.document.uri);
    diagnostics.closed(e.document.uri);
  });

  /** The analysis of an open document at its current version (computed on demand). */
  async function current(uri: string): Promise<Analysis | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    try {
      return state.analyze(doc, await settings.get(uri));
    } catch (err) {
      connection.console.error(`asterisk-harden: ${err instanceof Error ? err.stack : String(err)}`);
      return undefined;
    }
  }

  /** Every request handler is guarded: a failing feature answers empty, the server lives on. */
  function guarded<P, R>(fallback: R, fn: (p: P) => Promise<R>): (p: P) => Promise<R> {
    return async (p: P) => {
      try {
        return await fn(p);
      } catch (err) {
        connection.console.error(`asterisk-harden: ${err instanceof Error ? err.stack : String(err)}`);
        return fallback;
      }
    };
  }

  connection.onCodeAction(guarded([], async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return codeActions(doc, await current(doc.uri), params, uris);
  }));
  connection.onHover(guarded(null, async (p) => features.hover(await current(p.textDocument.uri), p.position)));
  connection.onCompletion(guarded([], async (p) => features.completion(await current(p.textDocument.uri), p.position, snippetSupport)));
  connection.onDocumentSymbol(guarded([], async (p) => features.symbols(await current(p.textDocument.uri))));
  connection.onDefinition(guarded([], async (p) => features.definition(await current(p.textDocument.uri), p.position, uris)));
  connection.onFoldingRanges(guarded([], async (p) => features.folding(await current(p.textDocument.uri))));

  registerCustomRequests(connection, { documents, state, settings: () => settings, uris });

  documents.listen(connection);
  connection.listen();
}
