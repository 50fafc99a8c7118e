import {
  CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, DiagnosticTag, TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { ruleDocUrl } from '../engine/registry';
import type { Finding, Fix, Severity } from '../engine/types';
import type { UriMap } from './uris';

export const SOURCE = 'asterisk-harden';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for the code-action handler (bash-language-server's pattern). */
export interface DiagnosticData {
  ruleId: string;
  slug: string;
  fixes: Fix[];
}

export function toDiagnostic(f: Finding, uris: UriMap): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    message: f.message,
    data: { ruleId: f.ruleId, slug: f.slug, fixes: f.fixes } satisfies DiagnosticData,
  };
  if (f.ruleId === 'AH002') d.tags = [DiagnosticTag.Unnecessary];
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri: uris.uriOf(r.file), range: r.range }, message: r.message }));
  }
  return d;
}

export function toWorkspaceEdit(fixEdits: Fix['edits'], uris: UriMap): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of fixEdits) {
    const uri = uris.uriOf(e.file);
    (changes[uri] ??= []).push(TextEdit.replace(e.range, e.newText));
  }
  return { changes };
}

export function fixToCodeAction(fix: Fix, diagnostic: Diagnostic | undefined, uris: UriMap, preferred: boolean): CodeAction {
  const action = CodeAction.create(fix.title, toWorkspaceEdit(fix.edits, uris), CodeActionKind.QuickFix);
  if (diagnostic) action.diagnostics = [diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}
