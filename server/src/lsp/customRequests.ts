import { ResponseError, ErrorCodes, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildBlock, CREDENTIAL_FORMATS } from '../credentials/blocks';
import { GENERATE_CREDENTIALS_REQUEST, type GenerateCredentialsParams, type GenerateCredentialsResult } from '../protocol';
import type { DocumentState } from './documentState';
import type { SettingsSource } from './settingsSource';
import type { UriMap } from './uris';

export interface CustomRequestDeps {
  documents: TextDocuments<TextDocument>;
  state: DocumentState;
  settings: () => SettingsSource;
  uris: UriMap;
}

/** The product's own requests (see server/src/protocol.ts). */
export function registerCustomRequests(connection: Connection, deps: CustomRequestDeps): void {
  connection.onRequest(GENERATE_CREDENTIALS_REQUEST, (params: GenerateCredentialsParams): GenerateCredentialsResult => generateCredentials(params));
  registerTestFilter(connection, deps);
}

/** A fresh account from the one shared generator. The secret goes to the client only, never to a log. */
export function generateCredentials(params: GenerateCredentialsParams): GenerateCredentialsResult {
  if (!params || !CREDENTIAL_FORMATS.includes(params.format)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `format must be one of ${CREDENTIAL_FORMATS.join(', ')}`);
  }
  if (params.extension !== undefined && !/^[0-9*#+]{1,20}$/.test(params.extension)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'extension must be digits (and * # +), at most 20');
  }
  try {
    const b = buildBlock({
      format: params.format,
      ...(params.extension !== undefined ? { extension: params.extension } : {}),
      ...(params.usernameLength !== undefined ? { usernameLength: params.usernameLength } : {}),
      ...(params.secretLength !== undefined ? { secretLength: params.secretLength } : {}),
    });
    return { format: b.format, file: b.file, username: b.username, secret: b.secret, bits: b.bits, block: b.text, ...(b.dialplan ? { dialplan: b.dialplan } : {}) };
  } catch (err) {
    throw new ResponseError(ErrorCodes.InvalidParams, err instanceof Error ? err.message : String(err));
  }
}

function registerTestFilter(_connection: Connection, _deps: CustomRequestDeps): void {}
