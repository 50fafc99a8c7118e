import { WorkDoneProgress, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildBlock } from '../credentials/blocks';
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
  connection.onRequest(GENERATE_CREDENTIALS_REQUEST, (p: GenerateCredentialsParams): GenerateCredentialsResult => {
    const b = buildBlock({
      format: p.format,
      ...(p.extension ? { extension: p.extension } : {}),
      ...(p.usernameLength ? { usernameLength: p.usernameLength } : {}),
      ...(p.secretLength ? { secretLength: p.secretLength } : {}),
    });
    // The dialplan line belongs in extensions.conf: offered as a comment beside the block.
    const block = b.dialplan ? `${b.text}; extensions.conf: ${b.dialplan}\n` : b.text;
    return { username: b.username, secret: b.secret, block };
  });

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
