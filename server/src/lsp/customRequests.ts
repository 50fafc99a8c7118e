import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentState } from './documentState';
import type { SettingsSource } from './settingsSource';
import type { UriMap } from './uris';

export interface CustomRequestDeps {
  documents: TextDocuments<TextDocument>;
  state: DocumentState;
  settings: () => SettingsSource;
  uris: UriMap;
}

/** The product's own requests (see server/src/protocol.ts). Wired as the engines providing them land. */
export function registerCustomRequests(_connection: Connection, _deps: CustomRequestDeps): void {}
