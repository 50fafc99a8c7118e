/**
 * Inline filter tests: in a log annotated with fail2ban's `# failJSON: {...}` comments, each
 * annotated line is checked against the filter (the `asteriskHarden.fail2ban.inlineTestFilter`
 * setting, else the log's file name, as fail2ban names its sample logs), and every mismatch becomes
 * a diagnostic. Re-run on open, on save and shortly after typing.
 */
import { Diagnostic, DiagnosticSeverity, languages, Range, workspace, type Disposable, type ExtensionContext, type TextDocument } from 'vscode';
import { TEST_FILTER_REQUEST, type TestFilterResult } from '../../../server/src/protocol';
import { errorText, type ClientHandle } from './client';
import { checkFailJson, filterNameForLog, hasFailJson, logTextForTest, parseFailJson } from './failJson';

const DEBOUNCE_MS = 600;
const CONFIG_LANGUAGES = new Set(['asterisk-conf', 'fail2ban-conf', 'iptables']);

export class InlineFailJsonTests implements Disposable {
  readonly diagnostics = languages.createDiagnosticCollection('asterisk-harden-failjson');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: Disposable[] = [];
  private warned = false;

  constructor(private readonly handle: ClientHandle) {
    this.subscriptions.push(
      this.diagnostics,
      workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
    for (const d of workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(doc: TextDocument, delay: number): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    if (CONFIG_LANGUAGES.has(doc.languageId) || !hasFailJson(doc.getText())) {
      this.diagnostics.delete(doc.uri);
      return;
    }
    this.timers.set(key, setTimeout(() => void this.check(doc), delay));
  }

  private forget(doc: TextDocument): void {
    clearTimeout(this.timers.get(doc.uri.toString()));
    this.timers.delete(doc.uri.toString());
    this.diagnostics.delete(doc.uri);
  }

  /** Runs the filter over the annotated log and publishes the mismatches. */
  async check(doc: TextDocument): Promise<void> {
    const client = this.handle.client();
    if (!client) return;
    const text = doc.getText();
    const annotations = parseFailJson(text);
    const setting = workspace.getConfiguration('asteriskHarden', doc.uri).get<string>('fail2ban.inlineTestFilter');
    const name = filterNameForLog(doc.fileName, setting);
    let result: TestFilterResult;
    try {
      result = await client.sendRequest<TestFilterResult>(TEST_FILTER_REQUEST, { filter: { name }, log: { text: logTextForTest(text, annotations) } });
    } catch (err) {
      if (!this.warned) this.handle.output.warn(`Inline failJSON tests for ${doc.uri.toString()} could not run: ${errorText(err)}`);
      this.warned = true;
      return;
    }
    if (doc.isClosed) return;
    if (result.error) {
      this.diagnostics.set(doc.uri, [this.diagnostic(doc, 0, `Inline failJSON tests: filter "${name}" could not run: ${result.error}`, DiagnosticSeverity.Warning)]);
      return;
    }
    this.diagnostics.set(doc.uri, checkFailJson(text, annotations, result).map((p) => this.diagnostic(doc, p.line, p.message, p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning)));
  }

  private diagnostic(doc: TextDocument, line: number, message: string, severity: DiagnosticSeverity): Diagnostic {
    const l = Math.min(line, Math.max(0, doc.lineCount - 1));
    const d = new Diagnostic(new Range(l, 0, l, doc.lineAt(l).text.length), message, severity);
    d.source = 'asterisk-harden';
    d.code = 'failJSON';
    return d;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.subscriptions.forEach((s) => s.dispose());
  }
}

export function register(context: ExtensionContext, handle: ClientHandle): InlineFailJsonTests {
  const tests = new InlineFailJsonTests(handle);
  context.subscriptions.push(tests);
  return tests;
}
