/**
 * "Show Rule Documentation": opens the page of a rule (docs/rules/<ID>.md) from a diagnostic code:
 * the argument when a code action or link passes one, else the findings under the cursor. The page
 * bundled with the extension opens offline in the Markdown preview; otherwise the web page opens.
 */
import { commands, env, languages, Uri, window, workspace, type Diagnostic, type ExtensionContext } from 'vscode';
import { ruleDocUrl } from '../../../server/src/engine/registry';
import { SOURCE } from './statusBar';

const RULE_ID = /^(AST|F2B|IPT|XF|AH)\d{3}$/;

/** The rule id in a diagnostic code, a string, or `{ value }`. */
export function ruleIdOf(arg: unknown): string | undefined {
  const v = typeof arg === 'string' ? arg : arg && typeof arg === 'object' && 'code' in arg ? (arg as Diagnostic).code : arg;
  const code = typeof v === 'object' && v !== null && 'value' in v ? String((v as { value: unknown }).value) : v === undefined ? undefined : String(v);
  return code && RULE_ID.test(code.toUpperCase()) ? code.toUpperCase() : undefined;
}

export function register(context: ExtensionContext): void {
  context.subscriptions.push(commands.registerCommand('asteriskHarden.showRuleDocumentation', (arg?: unknown) => showRuleDocumentation(context, arg)));
}

export async function showRuleDocumentation(context: ExtensionContext, arg?: unknown): Promise<void> {
  let id = ruleIdOf(arg);
  if (!id) {
    const editor = window.activeTextEditor;
    const here = editor ? languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE && d.range.contains(editor.selection.active)) : [];
    const ids = [...new Set(here.map((d) => ruleIdOf(d)).filter((x): x is string => !!x))];
    if (ids.length === 1) id = ids[0];
    else if (ids.length > 1) id = (await window.showQuickPick(ids, { placeHolder: 'Which rule?' })) ?? undefined;
    else id = ruleIdOf((await window.showInputBox({ prompt: 'Rule id (e.g. AST101)', validateInput: (v) => (ruleIdOf(v) ? undefined : 'A rule id such as AST101, F2B104, IPT301 or XF005') })) ?? '');
  }
  if (!id) return;
  const local = Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await workspace.fs.stat(local);
    await commands.executeCommand('markdown.showPreview', local);
  } catch {
    await env.openExternal(Uri.parse(ruleDocUrl(id)));
  }
}
