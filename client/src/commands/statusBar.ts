/**
 * A status-bar item with the number of security findings (diagnostics whose source is
 * `asterisk-harden`) in the open files; a click opens the Problems view.
 */
import { languages, StatusBarAlignment, window, workspace, type Disposable, type ExtensionContext, type Uri } from 'vscode';

export const SOURCE = 'asterisk-harden';

export interface Counts {
  errors: number;
  warnings: number;
  others: number;
  files: number;
}

/** Counts our diagnostics over the given documents (severity: 0 error, 1 warning, 2 info, 3 hint). */
export function countFindings(uris: Uri[], get: (uri: Uri) => readonly { source?: string; severity: number }[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, others: 0, files: 0 };
  for (const uri of uris) {
    const ours = get(uri).filter((d) => d.source === SOURCE);
    if (ours.length) c.files++;
    for (const d of ours) {
      if (d.severity === 0) c.errors++;
      else if (d.severity === 1) c.warnings++;
      else c.others++;
    }
  }
  return c;
}

export function statusText(c: Counts): { text: string; tooltip: string } {
  const total = c.errors + c.warnings + c.others;
  const icon = c.errors ? '$(shield)' : '$(shield)';
  if (!total) return { text: `${icon} 0`, tooltip: 'Asterisk Harden: no security findings in the open files' };
  const parts = [c.errors && `${c.errors} error${c.errors === 1 ? '' : 's'}`, c.warnings && `${c.warnings} warning${c.warnings === 1 ? '' : 's'}`, c.others && `${c.others} info/hint`].filter(Boolean);
  return { text: `${icon} ${total}`, tooltip: `Asterisk Harden: ${total} security finding${total === 1 ? '' : 's'} in ${c.files} open file${c.files === 1 ? '' : 's'} (${parts.join(', ')}). Click to open Problems.` };
}

const LANGUAGES = new Set(['asterisk-conf', 'fail2ban-conf', 'iptables', 'shellscript']);

export function register(context: ExtensionContext): Disposable {
  const item = window.createStatusBarItem('asteriskHarden.findings', StatusBarAlignment.Left, 50);
  item.name = 'Asterisk Harden findings';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const docs = workspace.textDocuments.filter((d) => !d.isClosed);
    const c = countFindings(docs.map((d) => d.uri), (u) => languages.getDiagnostics(u) as any);
    const { text, tooltip } = statusText(c);
    item.text = text;
    item.tooltip = tooltip;
    const relevant = c.files > 0 || docs.some((d) => LANGUAGES.has(d.languageId) && d.languageId !== 'shellscript');
    if (relevant) item.show();
    else item.hide();
  };
  const subs = [item, languages.onDidChangeDiagnostics(update), workspace.onDidOpenTextDocument(update), workspace.onDidCloseTextDocument(update)];
  context.subscriptions.push(...subs);
  update();
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}
