/**
 * "Test fail2ban Filter Against Log…", "Test a Log Line…" and "Clear fail2ban Filter Test Results".
 * The test itself runs in the server's worker (`asteriskHarden/testFilter`): the client only picks
 * the filter and the log, shows progress with a cancel button, and displays the result.
 */
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport, type WorkDoneProgressEnd } from 'vscode-languageserver-protocol';
import { commands, ProgressLocation, Uri, ViewColumn, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { TEST_FILTER_REQUEST, type TestFilterParams, type TestFilterResult } from '../../../server/src/protocol';
import { errorText, requireClient, type ClientHandle } from './client';
import { logLineVerdict, summaryText } from './filterResults';
import { isFilterFile, jailAt } from './filterTarget';
import { FilterTestView, SHOW_REPORT_COMMAND } from './filterTestView';

const CONFIG_LANGUAGES = new Set(['asterisk-conf', 'fail2ban-conf', 'iptables']);

/** A log file is open in the active editor (enables the command from a log). */
export function looksLikeLog(doc: TextDocument): boolean {
  if (CONFIG_LANGUAGES.has(doc.languageId)) return false;
  const p = doc.uri.path;
  return doc.languageId === 'log' || /\.log(\.\d+)?$/.test(p) || /\/(logs?|var\/log\/[^/]+)\/[^/]+$/.test(p) || /\/fail2ban$/.test(p);
}

interface Chosen {
  filter: TestFilterParams['filter'];
  filterOptions?: string;
  filterLabel: string;
  filterUri?: string;
  logpaths: string[];
}

/** The filter from the active editor: a filter file, or the jail under the cursor. */
async function chooseFilter(): Promise<Chosen | undefined> {
  const editor = window.activeTextEditor;
  const doc = editor?.document;
  if (doc && doc.languageId === 'fail2ban-conf') {
    if (isFilterFile(doc.fileName)) return { filter: { uri: doc.uri.toString() }, filterLabel: workspace.asRelativePath(doc.uri), filterUri: doc.uri.toString(), logpaths: [] };
    const jail = jailAt(doc.getText(), editor!.selection.active.line);
    if (jail) {
      const options = jail.filterOptions ? { filterOptions: jail.filterOptions } : {};
      const label = `${jail.filterName}${jail.filterOptions ?? ''} (jail ${jail.jail})`;
      // A filter.d beside the jail (a fail2ban directory in the workspace) wins over the configured directory.
      const local = await siblingFilter(doc.uri, jail.filterName);
      if (local) return { filter: { uri: local.toString() }, ...options, filterLabel: label, filterUri: local.toString(), logpaths: jail.logpaths };
      return { filter: { name: jail.filterName }, ...options, filterLabel: label, logpaths: jail.logpaths };
    }
    await window.showWarningMessage('Put the cursor in a jail section (or open a filter.d file) to choose the filter to test.');
    return undefined;
  }
  const files = await workspace.findFiles('**/filter.d/*.{conf,local}', '**/node_modules/**', 200);
  const items = [
    ...files.map((u) => ({ label: workspace.asRelativePath(u), uri: u as Uri | undefined })),
    { label: '$(edit) Filter name in the fail2ban configuration directory…', uri: undefined },
  ];
  const pick = await window.showQuickPick(items, { placeHolder: 'Filter to test' });
  if (!pick) return undefined;
  if (pick.uri) return { filter: { uri: pick.uri.toString() }, filterLabel: pick.label, filterUri: pick.uri.toString(), logpaths: [] };
  const name = await window.showInputBox({ prompt: 'Filter name, as in a jail\'s "filter =" (e.g. asterisk or asterisk[mode=aggressive])', placeHolder: 'asterisk' });
  if (!name) return undefined;
  const m = /^([^\[\s]+)\s*(\[.*\])?$/.exec(name.trim());
  return { filter: { name: m ? m[1]! : name.trim() }, ...(m?.[2] ? { filterOptions: m[2] } : {}), filterLabel: name.trim(), logpaths: [] };
}

/** `<fail2ban dir>/filter.d/<name>.conf` (or `.local`) next to a jail file in `<dir>/` or `<dir>/jail.d/`. */
async function siblingFilter(jailUri: Uri, name: string): Promise<Uri | undefined> {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  const dir = Uri.joinPath(jailUri, '..');
  const base = dir.path.endsWith('/jail.d') ? Uri.joinPath(dir, '..') : dir;
  for (const ext of ['conf', 'local']) {
    const candidate = Uri.joinPath(base, 'filter.d', `${name}.${ext}`);
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The log: the jail's logpath, an open editor, a workspace file or a file dialog. */
async function chooseLog(chosen: Chosen): Promise<Uri | undefined> {
  const active = window.activeTextEditor?.document;
  if (active && looksLikeLog(active)) return active.uri;
  const items: { label: string; description?: string; uri?: Uri; action?: 'workspace' | 'browse' }[] = [];
  for (const p of chosen.logpaths) {
    const uri = Uri.file(p);
    if (await exists(uri)) items.push({ label: p, description: 'the jail\'s logpath', uri });
  }
  for (const d of workspace.textDocuments) {
    if (d.isClosed || CONFIG_LANGUAGES.has(d.languageId) || !['file', 'untitled'].includes(d.uri.scheme) || d.uri.toString() === active?.uri.toString()) continue;
    items.push({ label: workspace.asRelativePath(d.uri), description: 'open editor', uri: d.uri });
  }
  items.push({ label: '$(search) Log file in the workspace…', action: 'workspace' }, { label: '$(folder-opened) Browse…', action: 'browse' });
  const pick = await window.showQuickPick(items, { placeHolder: `Log to test ${chosen.filterLabel} against` });
  if (!pick) return undefined;
  if (pick.uri) return pick.uri;
  if (pick.action === 'workspace') {
    const found = await workspace.findFiles('**/{*.log,log/*,logs/*,*.log.[0-9]}', '**/node_modules/**', 500);
    const f = await window.showQuickPick(found.map((u) => ({ label: workspace.asRelativePath(u), uri: u })), { placeHolder: 'Log file' });
    return f?.uri;
  }
  const picked = await window.showOpenDialog({ canSelectMany: false, openLabel: 'Test against this log', defaultUri: Uri.file('/var/log') });
  return picked?.[0];
}

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/** Sends the request with a notification that shows the server's progress and can cancel it. */
export async function runTest(handle: ClientHandle, params: TestFilterParams, title: string): Promise<TestFilterResult | undefined> {
  const client = requireClient(handle);
  const token = `asteriskHarden/testFilter/${Date.now()}/${Math.random().toString(36).slice(2)}`;
  return window.withProgress({ location: ProgressLocation.Notification, title, cancellable: true }, async (progress, cancel) => {
    let done = 0;
    const sub = client.onProgress<Progress>(WorkDoneProgress.type, token, (v) => {
      if (v.kind === 'end') return;
      const pct = v.percentage ?? done;
      progress.report({ ...(v.message ? { message: v.message } : {}), increment: Math.max(0, pct - done) });
      done = Math.max(done, pct);
    });
    try {
      return await client.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { ...params, workDoneToken: token }, cancel);
    } catch (err) {
      if (cancel.isCancellationRequested) return undefined;
      throw err;
    } finally {
      sub.dispose();
    }
  });
}

export function register(context: ExtensionContext, handle: ClientHandle): FilterTestView {
  const view = new FilterTestView();
  context.subscriptions.push(
    view,
    commands.registerCommand('asteriskHarden.testFilter', () => testFilter(handle, view)),
    commands.registerCommand('asteriskHarden.testLogLine', () => testLogLine(handle, view)),
    commands.registerCommand('asteriskHarden.clearFilterTest', () => view.clear()),
    commands.registerCommand(SHOW_REPORT_COMMAND, () => view.output.show(true)),
  );
  return view;
}

export async function testFilter(handle: ClientHandle, view: FilterTestView): Promise<void> {
  const chosen = await chooseFilter();
  if (!chosen) return;
  const logUri = await chooseLog(chosen);
  if (!logUri) return;
  const logLabel = logUri.scheme === 'file' ? logUri.fsPath : logUri.toString();
  let result: TestFilterResult | undefined;
  try {
    result = await runTest(handle, { filter: chosen.filter, ...(chosen.filterOptions ? { filterOptions: chosen.filterOptions } : {}), log: { uri: logUri.toString() } }, `Testing ${chosen.filterLabel} against ${workspace.asRelativePath(logUri)}`);
  } catch (err) {
    await window.showErrorMessage(`The filter test failed: ${errorText(err)}`);
    return;
  }
  if (!result) return;
  if (result.error) void window.showErrorMessage(`The filter test failed: ${result.error}`);
  view.show({ logUri: logUri.toString(), ...(chosen.filterUri ? { filterUri: chosen.filterUri } : {}), filterLabel: chosen.filterLabel, logLabel, result });
  if (!window.visibleTextEditors.some((e) => e.document.uri.toString() === logUri.toString())) {
    const doc = await workspace.openTextDocument(logUri);
    await window.showTextDocument(doc, { viewColumn: ViewColumn.Beside, preserveFocus: true, preview: true });
  }
  void window.showInformationMessage(`${result.matched} of ${result.lines} lines matched (${result.missed} missed, ${result.ignored} ignored)${result.incomplete ? `; stopped early: ${result.incomplete}` : ''}.`);
}

export async function testLogLine(handle: ClientHandle, view: FilterTestView): Promise<void> {
  const chosen = await chooseFilter();
  if (!chosen) return;
  const line = await window.showInputBox({ title: `Test a log line against ${chosen.filterLabel}`, prompt: 'A whole log line, date included (fail2ban needs the date to match)', ignoreFocusOut: true });
  if (!line) return;
  let result: TestFilterResult | undefined;
  try {
    result = await runTest(handle, { filter: chosen.filter, ...(chosen.filterOptions ? { filterOptions: chosen.filterOptions } : {}), log: { text: line } }, `Testing one line against ${chosen.filterLabel}`);
  } catch (err) {
    await window.showErrorMessage(`The filter test failed: ${errorText(err)}`);
    return;
  }
  if (!result) return;
  view.output.clear();
  view.output.append(summaryText(result, chosen.filterLabel, '(one line)'));
  await window.showInformationMessage(logLineVerdict(result));
}
