import { ErrorCodes, ResponseError, WorkDoneProgress, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildBlock, CREDENTIAL_FORMATS } from '../credentials/blocks';
import { GENERATE_CREDENTIALS_REQUEST, TEST_FILTER_REQUEST, type GenerateCredentialsParams, type GenerateCredentialsResult, type TestFilterParams, type TestFilterResult } from '../protocol';
import type { DocumentState } from './documentState';
import { runFilterTest } from './filterTestRequest';
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
  connection.onRequest(GENERATE_CREDENTIALS_REQUEST, (p: GenerateCredentialsParams): GenerateCredentialsResult => generateCredentials(p));

  connection.onRequest(TEST_FILTER_REQUEST, async (p: TestFilterParams, token): Promise<TestFilterResult> => {
    const abort = new AbortController();
    const sub = token.onCancellationRequested(() => abort.abort());
    const anchor = p.log.uri ?? p.filter.uri ?? '';
    const settings = await deps.settings().get(anchor);
    const progressToken = p.workDoneToken;
    if (progressToken !== undefined) connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'begin', title: 'Testing fail2ban filter', cancellable: true, percentage: 0 });
    let last = -1;
    try {
      return await runFilterTest(p, {
        settings,
        fileOf: (uri) => {
          const f = deps.uris.fileOf(uri);
          return f === uri ? undefined : f;
        },
        uriOf: (file) => deps.uris.uriOf(file),
        openText: (uri) => deps.documents.get(uri)?.getText(),
        signal: abort.signal,
        progress: (percentage, message) => {
          if (progressToken === undefined || percentage === last) return;
          last = percentage;
          connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'report', percentage, message });
        },
      });
    } finally {
      sub.dispose();
      if (progressToken !== undefined) connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'end' });
    }
  });
}

/**
 * A fresh account from the one shared generator. The secret goes to the client only, never to a
 * log. The dialplan line belongs in extensions.conf: it comes separately and as a comment under the block.
 */
export function generateCredentials(params: GenerateCredentialsParams): GenerateCredentialsResult {
  if (!params || !CREDENTIAL_FORMATS.includes(params.format)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `format must be one of ${CREDENTIAL_FORMATS.join(', ')}`);
  }
  if (params.extension !== undefined && params.extension !== '' && !/^[0-9*#+]{1,20}$/.test(params.extension)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'extension must be digits (and * # +), at most 20');
  }
  try {
    const b = buildBlock({
      format: params.format,
      ...(params.extension ? { extension: params.extension } : {}),
      ...(params.usernameLength !== undefined ? { usernameLength: params.usernameLength } : {}),
      ...(params.secretLength !== undefined ? { secretLength: params.secretLength } : {}),
    });
    const block = b.dialplan ? `${b.text}; extensions.conf: ${b.dialplan}\n` : b.text;
    return { format: b.format, file: b.file, username: b.username, secret: b.secret, bits: b.bits, block, ...(b.dialplan ? { dialplan: b.dialplan } : {}) };
  } catch (err) {
    throw new ResponseError(ErrorCodes.InvalidParams, err instanceof Error ? err.message : String(err));
  }
}
