import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../engine/analyze';
import { ModelCache } from '../engine/analyze';
import { DiskFileSystem, OverlayFileSystem } from '../engine/fs';
import type { AnalysisContext, ParsedFile, SourceDoc } from '../engine/rule';
import type { Settings } from '../engine/settings';
import type { Finding, LanguageId } from '../engine/types';
import type { UriMap } from './uris';

export interface Analysis {
  version: number;
  settings: Settings;
  findings: Finding[];
  parsed?: ParsedFile;
  ctx: AnalysisContext;
}

const OWN_LANGUAGES = new Set<string>(['asterisk-conf', 'fail2ban-conf', 'iptables', 'shellscript']);

/**
 * The server's view of the workspace: open buffers layered over the disk, one model cache shared
 * by all analyses, and the last analysis of each open document (parse once per version).
 */
export class DocumentState {
  readonly fs = new OverlayFileSystem(new DiskFileSystem());
  private readonly cache: ModelCache;
  private readonly analyses = new Map<string, Analysis>();

  constructor(
    readonly engine: Engine,
    readonly uris: UriMap,
  ) {
    this.cache = new ModelCache(engine);
  }

  opened(doc: TextDocument): void {
    const file = this.uris.fileOf(doc.uri);
    this.fs.set(file, doc.getText());
    this.cache.invalidate(file);
  }

  closed(uri: string): void {
    const file = this.uris.fileOf(uri);
    this.fs.delete(file);
    this.cache.invalidate(file);
    this.analyses.delete(uri);
  }

  /** Another file changed on disk (watched files): cached models of it are stale. */
  fileChanged(uri: string): void {
    this.cache.invalidate(this.uris.fileOf(uri));
  }

  sourceDoc(doc: TextDocument): SourceDoc | undefined {
    if (!OWN_LANGUAGES.has(doc.languageId)) return undefined;
    return { file: this.uris.fileOf(doc.uri), language: doc.languageId as LanguageId, text: doc.getText(), version: doc.version };
  }

  /** Analyses `doc` at its current version, reusing the previous result when nothing changed. */
  analyze(doc: TextDocument, settings: Settings): Analysis | undefined {
    const prev = this.analyses.get(doc.uri);
    if (prev && prev.version === doc.version && prev.settings === settings) return prev;
    const src = this.sourceDoc(doc);
    if (!src) return undefined;
    this.fs.set(src.file, src.text);
    const ctx = this.engine.createContext(settings, this.fs, this.cache);
    const result = this.engine.analyze(src, ctx);
    const analysis: Analysis = { version: doc.version, settings, findings: result.findings, parsed: result.parsed, ctx };
    this.analyses.set(doc.uri, analysis);
    return analysis;
  }

  /** The last analysis, whatever its version (for code actions racing an edit). */
  last(uri: string): Analysis | undefined {
    return this.analyses.get(uri);
  }

  /** Forgets one document's analysis so its next request recomputes it. */
  forget(uri: string): void {
    this.analyses.delete(uri);
  }

  /** Drops every cached analysis (settings changed, or another file changed what they depend on). */
  invalidateAll(): void {
    this.analyses.clear();
  }
}
