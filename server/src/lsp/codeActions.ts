import {
  CodeAction, CodeActionKind, TextEdit, type CodeActionParams, type Diagnostic,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, Finding } from '../engine/types';
import { collectSafeFixes } from '../engine/fixes';
import { LineIndex } from '../engine/text';
import { fixToCodeAction, SOURCE, toWorkspaceEdit, type DiagnosticData } from './convert';
import type { Analysis } from './documentState';
import type { UriMap } from './uris';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.asteriskHarden`;

/**
 * Code actions: each finding's fixes as quick fixes (the safe one preferred), "Disable X for this
 * line", "Disable X for this file", and `source.fixAll.asteriskHarden` (safe fixes only).
 */
export function codeActions(doc: TextDocument, analysis: Analysis | undefined, params: CodeActionParams, uris: UriMap): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(FIX_ALL_KIND) && (only !== undefined || params.context.diagnostics.length === 0)) {
    const fixAll = fixAllAction(doc, analysis, uris);
    if (fixAll) actions.push(fixAll);
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;
  const prefixes = analysis?.parsed?.plugin.commentPrefixes ?? [];
  const prefix = prefixes[0];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
    const fixes = fixesFor(diagnostic, analysis);
    const safe = fixes.filter((f) => f.kind === 'safe');
    fixes.forEach((fix) => actions.push(fixToCodeAction(fix, diagnostic, uris, safe.length === 1 && fix === safe[0])));
    if (prefix && !diagnostic.code.startsWith('AH')) {
      actions.push(disableLineAction(doc, diagnostic, prefix, analysis));
      actions.push(disableFileAction(doc, diagnostic, prefix, analysis));
    }
  }
  return actions;
}

/** The fixes of a diagnostic: from its data when the client kept it, else from the current analysis. */
function fixesFor(diagnostic: Diagnostic, analysis: Analysis | undefined): Fix[] {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (data && Array.isArray(data.fixes)) return data.fixes;
  const match = analysis?.findings.find((f) => f.ruleId === diagnostic.code && sameRange(f, diagnostic));
  return match?.fixes ?? [];
}

function sameRange(f: Finding, d: Diagnostic): boolean {
  return f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character
    && f.range.end.line === d.range.end.line && f.range.end.character === d.range.end.character;
}

/**
 * The comment goes on its own line before the finding's line. In shell scripts a command continued
 * with `\` is one logical line: the comment goes before its first physical line.
 */
function disableLineAction(doc: TextDocument, diagnostic: Diagnostic, prefix: string, analysis: Analysis | undefined): CodeAction {
  const lines = analysis?.parsed?.lines ?? new LineIndex(doc.getText());
  let line = diagnostic.range.start.line;
  if (analysis?.parsed?.plugin.backslashContinuation) {
    while (line > 0 && /\\$/.test(lines.lineText(line - 1))) line--;
  }
  const indent = /^\s*/.exec(lines.lineText(line))?.[0] ?? '';
  const text = `${indent}${prefix} asterisk-harden disable=${diagnostic.code}${lines.eol}`;
  const action = CodeAction.create(`Disable ${diagnostic.code} for this line`, { changes: { [doc.uri]: [TextEdit.insert({ line, character: 0 }, text)] } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}

function disableFileAction(doc: TextDocument, diagnostic: Diagnostic, prefix: string, analysis: Analysis | undefined): CodeAction {
  const lines = analysis?.parsed?.lines ?? new LineIndex(doc.getText());
  // After a shebang, which must stay the first line.
  const line = lines.lineText(0).startsWith('#!') ? 1 : 0;
  const text = `${prefix} asterisk-harden disable-file=${diagnostic.code}${lines.eol}`;
  const action = CodeAction.create(`Disable ${diagnostic.code} for this file`, { changes: { [doc.uri]: [TextEdit.insert({ line, character: 0 }, text)] } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  return action;
}

function fixAllAction(doc: TextDocument, analysis: Analysis | undefined, uris: UriMap): CodeAction | undefined {
  if (!analysis || analysis.version !== doc.version) return undefined;
  const edits = collectSafeFixes(analysis.findings).flatMap((x) => x.fix.edits);
  if (!edits.length) return undefined;
  return CodeAction.create('Fix all safe asterisk-harden problems', toWorkspaceEdit(edits, uris), FIX_ALL_KIND);
}
