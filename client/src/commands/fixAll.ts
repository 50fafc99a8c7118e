/**
 * "Apply All Safe Fixes": runs the server's `source.fixAll.asteriskHarden` code action (safe fixes
 * only; fixes marked for review are never part of it) on the active document.
 */
import { commands, window, type ExtensionContext } from 'vscode';

/** The kind the server offers (server/src/lsp/codeActions.ts FIX_ALL_KIND). */
export const FIX_ALL_KIND = 'source.fixAll.asteriskHarden';

export function register(context: ExtensionContext): void {
  context.subscriptions.push(
    commands.registerCommand('asteriskHarden.fixAll', async () => {
      if (!window.activeTextEditor) return;
      await commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_KIND, apply: 'first' });
    }),
  );
}
