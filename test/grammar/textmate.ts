/**
 * The real TextMate engine VS Code uses (vscode-textmate + the oniguruma WASM), loaded once per
 * process: `loadWASM` may be called only once. Grammars come from the manifest's `contributes.grammars`,
 * so a test also proves the paths and scope names in package.json are right.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as onig from 'vscode-oniguruma';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface GrammarEntry {
  language: string;
  scopeName: string;
  path: string;
}

export function manifestGrammars(): GrammarEntry[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  return pkg.contributes.grammars.map((g: GrammarEntry) => ({ ...g, path: path.resolve(REPO_ROOT, g.path) }));
}

let registry: Promise<vsctm.Registry> | undefined;

export function getRegistry(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const byScope = new Map(manifestGrammars().map((g) => [g.scopeName, g.path]));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        const file = byScope.get(scopeName);
        return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
    });
  })();
  return registry;
}

export async function loadGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  const g = await (await getRegistry()).loadGrammar(scopeName);
  if (!g) throw new Error(`grammar ${scopeName} not found in package.json contributes.grammars`);
  return g;
}

export interface LineTokens {
  line: string;
  tokens: { start: number; end: number; scopes: string[] }[];
}

/** Tokenizes a whole text line by line, carrying the rule stack as the editor does. */
export function tokenize(grammar: vsctm.IGrammar, text: string): LineTokens[] {
  let stack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, stack, 1000);
    if (r.stoppedEarly) throw new Error(`tokenizing stopped early (time limit) on: ${line.slice(0, 60)}`);
    stack = r.ruleStack;
    return { line, tokens: r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes })) };
  });
}

/** The scopes at one column (UTF-16) of a tokenized line. */
export function scopesAt(lt: LineTokens, column: number): string[] {
  const t = lt.tokens.find((x) => x.start <= column && column < x.end);
  return t ? t.scopes : [];
}

/** Every scope name a grammar can produce (name, contentName, capture names), split on spaces. */
export function grammarScopes(grammarFile: string): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if ((k === 'name' || k === 'contentName') && typeof x === 'string') x.split(/\s+/).forEach((n) => n && out.add(n));
      else walk(x);
    }
  };
  const raw = JSON.parse(fs.readFileSync(grammarFile, 'utf8'));
  walk(raw.patterns);
  walk(raw.repository);
  return out;
}

/** A readable, stable dump for snapshots: `>line` then one `  start-end scopes` row per token. */
export function snapshot(lines: LineTokens[], rootScope: string): string {
  const out: string[] = [];
  for (const lt of lines) {
    out.push(`>${lt.line}`);
    for (const t of lt.tokens) {
      if (t.start >= t.end) continue;
      const scopes = t.scopes.filter((s) => s !== rootScope).join(' ');
      if (scopes) out.push(`  ${t.start}-${t.end} ${scopes}`);
    }
  }
  return out.join('\n') + '\n';
}
