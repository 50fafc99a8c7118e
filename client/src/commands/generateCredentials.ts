/**
 * "Asterisk Harden: Generate Strong SIP Credentials": asks the server's generator (one CSPRNG for
 * the command, the fixes and `asterisk-harden creds`) and puts the result where the cursor is.
 * The secret is never written to any log or output channel.
 */
import { commands, env, Range, window, WorkspaceEdit, workspace, type ExtensionContext } from 'vscode';
import { GENERATE_CREDENTIALS_REQUEST, type CredentialFormat, type GenerateCredentialsParams, type GenerateCredentialsResult } from '../../../server/src/protocol';
import { errorText, requireClient, type ClientHandle } from './client';
import { formatFromFileName, planCredentialEdit, validateExtension } from './credentialEdits';

const FORMAT_LABELS: Record<CredentialFormat, string> = {
  sip: 'sip.conf account (chan_sip)',
  pjsip: 'pjsip.conf endpoint + auth + aor',
  iax: 'iax.conf user',
  manager: 'manager.conf (AMI) user',
};

export function register(context: ExtensionContext, handle: ClientHandle): void {
  context.subscriptions.push(commands.registerCommand('asteriskHarden.generateCredentials', () => generateCredentials(handle)));
}

export async function generateCredentials(handle: ClientHandle): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) {
    await window.showWarningMessage('Open an Asterisk configuration file (sip.conf, pjsip.conf, iax.conf or manager.conf) first.');
    return;
  }
  const doc = editor.document;
  let format = formatFromFileName(doc.fileName);
  if (!format) {
    const pick = await window.showQuickPick(
      (Object.keys(FORMAT_LABELS) as CredentialFormat[]).map((f) => ({ label: FORMAT_LABELS[f], format: f })),
      { placeHolder: 'Which kind of account? (the file name does not say)' },
    );
    if (!pick) return;
    format = pick.format;
  }
  const extension = await window.showInputBox({
    title: 'Generate Strong SIP Credentials',
    prompt: 'Extension number users dial (optional). The account name will be random, not this number.',
    placeHolder: '100',
    validateInput: validateExtension,
  });
  if (extension === undefined) return;
  let generated: GenerateCredentialsResult;
  try {
    const params: GenerateCredentialsParams = { format, ...(extension ? { extension } : {}) };
    generated = await requireClient(handle).sendRequest<GenerateCredentialsResult>(GENERATE_CREDENTIALS_REQUEST, params);
  } catch (err) {
    await window.showErrorMessage(`Could not generate credentials: ${errorText(err)}`);
    return;
  }
  const plan = planCredentialEdit(format, doc.getText(), editor.selection.active.line, generated);
  const edit = new WorkspaceEdit();
  for (const e of plan.edits) edit.replace(doc.uri, new Range(e.line, e.character, e.endLine, e.endCharacter), e.newText);
  if (!(await workspace.applyEdit(edit))) {
    await window.showErrorMessage('Could not edit the document (is it read-only?).');
    return;
  }
  handle.output.info(`Generated credentials for ${FORMAT_LABELS[format]}: ${plan.kind} — ${plan.description} (secret ${generated.secret.length} characters, not logged).`);
  const what = plan.kind === 'insert' ? `Inserted ${plan.description}.` : `Replaced ${plan.description}.`;
  const copy = 'Copy Secret';
  const answer = await window.showInformationMessage(`${what} Provision the phone with the new secret (${generated.secret.length} characters); it is not shown again.`, copy);
  if (answer === copy) await env.clipboard.writeText(generated.secret);
}
