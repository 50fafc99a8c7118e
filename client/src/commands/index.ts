import { commands, window, type ExtensionContext, type TextEditor } from 'vscode';
import type { ClientHandle } from './client';
import * as fixAll from './fixAll';
import * as generateCredentials from './generateCredentials';
import * as inlineFailJson from './inlineFailJson';
import * as showRuleDocumentation from './showRuleDocumentation';
import * as statusBar from './statusBar';
import * as testFilter from './testFilter';

export type { ClientHandle } from './client';

/** Keeps `asteriskHarden.logFileOpen` (a `when` clause of the filter test) in step with the active editor. */
function trackLogEditor(context: ExtensionContext): void {
  const update = (e: TextEditor | undefined) => void commands.executeCommand('setContext', 'asteriskHarden.logFileOpen', !!e && testFilter.looksLikeLog(e.document));
  context.subscriptions.push(window.onDidChangeActiveTextEditor(update));
  update(window.activeTextEditor);
}

/** Registers every command of the extension, the status-bar item and the inline failJSON tests. */
export function registerCommands(context: ExtensionContext, handle: ClientHandle): void {
  context.subscriptions.push(
    commands.registerCommand('asteriskHarden.restartServer', () => handle.restart()),
    commands.registerCommand('asteriskHarden.showOutput', () => handle.output.show(true)),
  );
  generateCredentials.register(context, handle);
  testFilter.register(context, handle);
  inlineFailJson.register(context, handle);
  showRuleDocumentation.register(context);
  fixAll.register(context);
  statusBar.register(context);
  trackLogEditor(context);
}
