import {
  DocumentDiagnosticReportKind, type Connection, type Diagnostic, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './convert';
import type { DocumentState } from './documentState';
import type { SettingsSource } from './settingsSource';

/** Delay after the last keystroke before a pushed re-validation (per document). */
export const VALIDATION_DELAY_MS = 200;
/** Delay before re-validating the *other* open documents after one changed (cross-file rules). */
const DEPENDENTS_DELAY_MS = 600;

/**
 * Diagnostics, pulled when the client supports `textDocument/diagnostic` and pushed otherwise
 * (Neovim 0.7). Either way a document is analysed once per version.
 */
export class DiagnosticsHandler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private dependentsTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly state: DocumentState,
    private readonly settings: SettingsSource,
    readonly pull: boolean,
  ) {}

  register(): void {
    if (this.pull) {
      this.connection.languages.diagnostics.on(async (params) => {
        const doc = this.documents.get(params.textDocument.uri);
        const items = doc ? await this.compute(doc) : [];
        return { kind: DocumentDiagnosticReportKind.Full, items };
      });
    }
  }

  async compute(doc: TextDocument): Promise<Diagnostic[]> {
    try {
      const settings = await this.settings.get(doc.uri);
      const analysis = this.state.analyze(doc, settings);
      if (!analysis) return [];
      return analysis.findings.filter((f) => !f.suppressed && f.file === analysis.parsed?.doc.file).map((f) => toDiagnostic(f, this.state.uris));
    } catch (err) {
      // The server must never die on a document: report and show nothing for it.
      this.connection.console.error(`asterisk-harden: analysis of ${doc.uri} failed: ${err instanceof Error ? err.stack : String(err)}`);
      return [];
    }
  }

  /** A document opened or changed. */
  changed(doc: TextDocument): void {
    if (this.pull) {
      this.scheduleDependents(doc.uri);
      return;
    }
    this.schedule(doc.uri, VALIDATION_DELAY_MS);
    this.scheduleDependents(doc.uri);
  }

  closed(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    if (!this.pull) this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  /** Shutdown: no timer may fire on a closed connection. */
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    if (this.dependentsTimer) clearTimeout(this.dependentsTimer);
    this.dependentsTimer = undefined;
  }

  /** Settings or watched files changed: everything is re-analysed. */
  refreshAll(): void {
    this.state.invalidateAll();
    if (this.pull) {
      void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const doc = this.documents.get(uri);
        if (!doc) return;
        void this.compute(doc).then((diagnostics) => {
          // Publish only if the document did not change meanwhile.
          if (this.documents.get(uri)?.version === doc.version) {
            this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics }).catch(() => undefined);
          }
        });
      }, delay),
    );
  }

  /** Other open documents may depend on the changed one (includes, cross-file rules). */
  private scheduleDependents(changedUri: string): void {
    if (this.documents.all().length < 2) return;
    if (this.dependentsTimer) clearTimeout(this.dependentsTimer);
    this.dependentsTimer = setTimeout(() => {
      this.dependentsTimer = undefined;
      const others = this.documents.all().filter((d) => d.uri !== changedUri);
      for (const d of others) this.state.forget(d.uri);
      if (this.pull) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      else for (const d of others) this.schedule(d.uri, 0);
    }, DEPENDENTS_DELAY_MS);
  }
}
