/**
 * A small stand-in for the `vscode` module, installed through Module._load so the client's command
 * code runs in plain node (the pattern kamailio-lsp uses). It records what the commands do
 * (registered commands, messages, edits, decorations, context keys, clipboard) and answers prompts
 * from queues the test fills. Only what the commands use is implemented.
 */
import Module = require('node:module');
import { posix } from 'node:path';

type Answer = unknown;

export class Position {
  constructor(readonly line: number, readonly character: number) {}
  isBefore(o: Position): boolean {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  contains(p: Position): boolean {
    return !p.isBefore(this.start) && (p.isBefore(this.end) || (p.line === this.end.line && p.character === this.end.character));
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static parse(s: string): Uri {
    const m = /^([a-z-]+):\/\/(.*)$/.exec(s) ?? /^([a-z-]+):(.*)$/.exec(s);
    return m ? new Uri(m[1]!, m[2]!) : new Uri('file', s);
  }
  static joinPath(u: Uri, ...parts: string[]): Uri {
    return new Uri(u.scheme, posix.join(u.path, ...parts));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return this.scheme === 'file' ? `file://${this.path}` : `${this.scheme}:${this.path}`;
  }
}

export class FakeDocument {
  isClosed = false;
  constructor(readonly uri: Uri, public text: string, readonly languageId: string) {}
  get fileName(): string {
    return this.uri.fsPath;
  }
  getText(): string {
    return this.text;
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
  lineAt(n: number): { text: string } {
    return { text: this.text.split('\n')[n] ?? '' };
  }
  offsetAt(p: Position): number {
    const lines = this.text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i]!.length + 1;
    return o + p.character;
  }
}

export class FakeEditor {
  readonly decorations = new Map<unknown, { range: Range; hoverMessage?: { value: string } }[]>();
  selection: { active: Position };
  constructor(readonly document: FakeDocument, line = 0) {
    this.selection = { active: new Position(line, 0) };
  }
  setDecorations(type: unknown, options: { range: Range; hoverMessage?: { value: string } }[]): void {
    this.decorations.set(type, options);
  }
}

export class WorkspaceEdit {
  readonly edits: { uri: Uri; range: Range; text: string }[] = [];
  replace(uri: Uri, range: Range, text: string): void {
    this.edits.push({ uri, range, text });
  }
}

export class EventEmitter<T> {
  private listeners: ((v: T) => void)[] = [];
  event = (l: (v: T) => void) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(v: T): void {
    this.listeners.forEach((l) => l(v));
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Diagnostic {
  source?: string;
  code?: string | number;
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}

export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string }) {}
}

export class MarkdownString {
  constructor(readonly value: string) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

const disposable = { dispose: () => undefined };

/** Everything the fake records, and the answers it gives. Reset between tests. */
export const fake = {
  commands: new Map<string, (...a: unknown[]) => unknown>(),
  executed: [] as { command: string; args: unknown[] }[],
  messages: [] as { kind: 'info' | 'warning' | 'error'; text: string }[],
  quickPickAnswers: [] as Answer[],
  inputAnswers: [] as Answer[],
  messageAnswers: [] as Answer[],
  quickPickItems: [] as unknown[][],
  clipboard: '',
  outputs: new Map<string, string[]>(),
  contexts: new Map<string, unknown>(),
  diagnostics: new Map<string, Diagnostic[]>(),
  collections: [] as { name: string; entries: Map<string, Diagnostic[]> }[],
  codeLensProviders: [] as { selector: unknown; provider: { provideCodeLenses(d: FakeDocument): CodeLens[] } }[],
  activeTextEditor: undefined as FakeEditor | undefined,
  visibleTextEditors: [] as FakeEditor[],
  textDocuments: [] as FakeDocument[],
  statusItems: [] as { text: string; tooltip: string; visible: boolean; command?: string }[],
  existingFiles: new Set<string>(),
  opened: [] as string[],
  config: {} as Record<string, unknown>,
  reset(): void {
    this.commands.clear();
    this.executed = [];
    this.messages = [];
    this.quickPickAnswers = [];
    this.inputAnswers = [];
    this.messageAnswers = [];
    this.quickPickItems = [];
    this.clipboard = '';
    this.outputs.clear();
    this.contexts.clear();
    this.diagnostics.clear();
    this.collections = [];
    this.codeLensProviders = [];
    this.activeTextEditor = undefined;
    this.visibleTextEditors = [];
    this.textDocuments = [];
    this.statusItems = [];
    this.existingFiles.clear();
    this.opened = [];
    this.config = {};
  },
  /** Every line written to any output channel, joined. */
  allOutput(): string {
    return [...this.outputs.values()].flat().join('\n');
  },
};

function outputChannel(name: string) {
  fake.outputs.set(name, []);
  const push = (s: string) => fake.outputs.get(name)!.push(s);
  return {
    name,
    append: push,
    appendLine: push,
    info: push,
    warn: push,
    error: push,
    trace: push,
    debug: push,
    clear: () => fake.outputs.set(name, []),
    show: () => undefined,
    dispose: () => undefined,
  };
}

function message(kind: 'info' | 'warning' | 'error') {
  return async (text: string) => {
    fake.messages.push({ kind, text });
    return fake.messageAnswers.shift();
  };
}

const vscode = {
  Position, Range, Uri, WorkspaceEdit, EventEmitter, Diagnostic, CodeLens, MarkdownString, ThemeColor,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
  ViewColumn: { Active: -1, Beside: -2, One: 1 },
  commands: {
    registerCommand: (id: string, fn: (...a: unknown[]) => unknown) => {
      if (fake.commands.has(id)) throw new Error(`command ${id} registered twice`);
      fake.commands.set(id, fn);
      return { dispose: () => fake.commands.delete(id) };
    },
    executeCommand: async (command: string, ...args: unknown[]) => {
      fake.executed.push({ command, args });
      if (command === 'setContext') fake.contexts.set(args[0] as string, args[1]);
      return undefined;
    },
  },
  window: {
    get activeTextEditor() {
      return fake.activeTextEditor;
    },
    get visibleTextEditors() {
      return fake.visibleTextEditors;
    },
    createOutputChannel: (name: string) => outputChannel(name),
    createTextEditorDecorationType: (opts: unknown) => ({ key: Symbol('decoration'), opts, dispose: () => undefined }),
    createStatusBarItem: () => {
      const item = { text: '', tooltip: '', visible: false, name: '', command: undefined as string | undefined, show() { item.visible = true; }, hide() { item.visible = false; }, dispose() {} };
      fake.statusItems.push(item);
      return item;
    },
    showInformationMessage: message('info'),
    showWarningMessage: message('warning'),
    showErrorMessage: message('error'),
    showQuickPick: async (items: unknown[] | Promise<unknown[]>) => {
      const list = await items;
      fake.quickPickItems.push(list);
      const a = fake.quickPickAnswers.shift();
      return typeof a === 'function' ? (a as (l: unknown[]) => unknown)(list) : a;
    },
    showInputBox: async (opts: { validateInput?: (v: string) => string | undefined }) => {
      const a = fake.inputAnswers.shift();
      if (typeof a === 'string' && opts?.validateInput?.(a)) throw new Error(`input "${a}" rejected: ${opts.validateInput(a)}`);
      return a;
    },
    showOpenDialog: async () => fake.quickPickAnswers.shift(),
    showTextDocument: async (doc: FakeDocument) => {
      const e = new FakeEditor(doc);
      fake.visibleTextEditors.push(e);
      fake.opened.push(doc.uri.toString());
      return e;
    },
    withProgress: async (_opts: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) =>
      task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: () => disposable }),
    onDidChangeVisibleTextEditors: () => disposable,
    onDidChangeActiveTextEditor: () => disposable,
  },
  workspace: {
    get textDocuments() {
      return fake.textDocuments;
    },
    getConfiguration: () => ({ get: (k: string, d?: unknown) => (k in fake.config ? fake.config[k] : d) }),
    asRelativePath: (u: Uri | string) => (typeof u === 'string' ? u : u.path.replace(/^\/ws\//, '')),
    findFiles: async () => [],
    openTextDocument: async (u: Uri) => fake.textDocuments.find((d) => d.uri.toString() === u.toString()) ?? new FakeDocument(u, '', 'plaintext'),
    applyEdit: async (edit: WorkspaceEdit) => {
      for (const e of [...edit.edits].reverse()) {
        const doc = fake.textDocuments.find((d) => d.uri.toString() === e.uri.toString());
        if (!doc) return false;
        const a = doc.offsetAt(e.range.start);
        const b = doc.offsetAt(e.range.end);
        doc.text = doc.text.slice(0, a) + e.text + doc.text.slice(b);
      }
      return true;
    },
    fs: {
      stat: async (u: Uri) => {
        if (!fake.existingFiles.has(u.fsPath)) throw new Error('ENOENT');
        return { type: 1 };
      },
    },
    onDidOpenTextDocument: () => disposable,
    onDidSaveTextDocument: () => disposable,
    onDidChangeTextDocument: () => disposable,
    onDidCloseTextDocument: () => disposable,
  },
  languages: {
    registerCodeLensProvider: (selector: unknown, provider: { provideCodeLenses(d: FakeDocument): CodeLens[] }) => {
      fake.codeLensProviders.push({ selector, provider });
      return disposable;
    },
    createDiagnosticCollection: (name: string) => {
      const entries = new Map<string, Diagnostic[]>();
      fake.collections.push({ name, entries });
      return { set: (u: Uri, d: Diagnostic[]) => entries.set(u.toString(), d), delete: (u: Uri) => entries.delete(u.toString()), dispose: () => entries.clear() };
    },
    getDiagnostics: (u: Uri) => fake.diagnostics.get(u.toString()) ?? [],
    onDidChangeDiagnostics: () => disposable,
  },
  env: {
    clipboard: { writeText: async (s: string) => void (fake.clipboard = s) },
    openExternal: async (u: Uri) => {
      fake.opened.push(u.toString());
      return true;
    },
  },
};

const M = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const original = M._load;
M._load = function (request: string, ...rest: unknown[]) {
  if (request === 'vscode') return vscode;
  return original.call(this, request, ...rest);
};

export function doc(path: string, text: string, languageId: string): FakeDocument {
  const d = new FakeDocument(Uri.file(path), text, languageId);
  fake.textDocuments.push(d);
  return d;
}

export function openEditor(d: FakeDocument, line = 0): FakeEditor {
  const e = new FakeEditor(d, line);
  fake.activeTextEditor = e;
  fake.visibleTextEditors.push(e);
  return e;
}

/** A context whose subscriptions are collected. */
export function extensionContext() {
  return { subscriptions: [] as { dispose(): unknown }[], extensionUri: Uri.file('/ext'), asAbsolutePath: (p: string) => `/ext/${p}` };
}
