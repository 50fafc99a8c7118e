/**
 * What the last filter test left in the editor: highlighted matched lines with the host underlined
 * and a hover per line, a fail2ban-regex-style report in an output channel, and a CodeLens with the
 * hit count over each failregex line. One test at a time; "Clear" removes it all.
 */
import {
  CodeLens, commands, EventEmitter, languages, MarkdownString, OverviewRulerLane, Range, ThemeColor, Uri, window,
  type CodeLensProvider, type DecorationOptions, type Disposable, type OutputChannel, type TextDocument, type TextEditor,
} from 'vscode';
import type { TestFilterResult } from '../../../server/src/protocol';
import { codeLensEntries, lineHighlights, summaryText } from './filterResults';

/** Internal (not in the palette): the CodeLens click. */
export const SHOW_REPORT_COMMAND = 'asteriskHarden.showFilterTestReport';

export interface FilterTest {
  logUri: string;
  /** The filter file, when the test started from one (CodeLens goes there). */
  filterUri?: string;
  filterLabel: string;
  logLabel: string;
  result: TestFilterResult;
}

export class FilterTestView implements CodeLensProvider, Disposable {
  private last: FilterTest | undefined;
  private readonly lineType = window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new ThemeColor('editor.findMatchHighlightBackground'),
    overviewRulerColor: new ThemeColor('editorOverviewRuler.findMatchForeground'),
    overviewRulerLane: OverviewRulerLane.Center,
  });
  private readonly hostType = window.createTextEditorDecorationType({
    textDecoration: 'underline wavy',
    fontWeight: 'bold',
  });
  private readonly lensChanged = new EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensChanged.event;
  readonly output: OutputChannel;
  private readonly subscriptions: Disposable[] = [];

  constructor() {
    this.output = window.createOutputChannel('Asterisk Harden: Filter Test');
    this.subscriptions.push(
      this.output,
      this.lineType,
      this.hostType,
      this.lensChanged,
      languages.registerCodeLensProvider({ language: 'fail2ban-conf' }, this),
      window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.decorate(e))),
    );
  }

  get current(): FilterTest | undefined {
    return this.last;
  }

  show(test: FilterTest): void {
    this.last = test;
    this.output.clear();
    this.output.append(summaryText(test.result, test.filterLabel, test.logLabel));
    this.output.show(true);
    for (const e of window.visibleTextEditors) this.decorate(e);
    this.lensChanged.fire();
    void commands.executeCommand('setContext', 'asteriskHarden.hasFilterTest', true);
  }

  clear(): void {
    this.last = undefined;
    for (const e of window.visibleTextEditors) {
      e.setDecorations(this.lineType, []);
      e.setDecorations(this.hostType, []);
    }
    this.output.clear();
    this.lensChanged.fire();
    void commands.executeCommand('setContext', 'asteriskHarden.hasFilterTest', false);
  }

  private decorate(editor: TextEditor): void {
    if (!this.last || editor.document.uri.toString() !== this.last.logUri) return;
    const doc = editor.document;
    const lines: DecorationOptions[] = [];
    const hosts: DecorationOptions[] = [];
    const text = (n: number) => (n < doc.lineCount ? doc.lineAt(n).text : undefined);
    for (const h of lineHighlights(this.last.result, text)) {
      if (h.line >= doc.lineCount) continue;
      const hover = new MarkdownString(h.hover);
      lines.push({ range: new Range(h.line, 0, h.line, 0), hoverMessage: hover });
      if (h.host) hosts.push({ range: new Range(h.line, h.host.start, h.line, h.host.end) });
    }
    editor.setDecorations(this.lineType, lines);
    editor.setDecorations(this.hostType, hosts);
  }

  provideCodeLenses(document: TextDocument): CodeLens[] {
    if (!this.last) return [];
    const fromFilter = this.last.filterUri === undefined || this.last.filterUri === document.uri.toString();
    const located = this.last.result.regexes.some((r) => r.source);
    if (!located && !fromFilter) return [];
    const same = (a: string, b: string) => Uri.parse(a).toString() === Uri.parse(b).toString();
    return codeLensEntries(this.last.result, document.uri.toString(), document.getText(), same)
      .filter((e) => e.line < document.lineCount)
      .map((e) => new CodeLens(new Range(e.line, 0, e.line, 0), { title: e.title, command: SHOW_REPORT_COMMAND, tooltip: 'Show the filter test report' }));
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }
}
