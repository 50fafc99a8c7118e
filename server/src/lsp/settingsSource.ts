import type { Connection } from 'vscode-languageserver/node';
import { resolveSettings, type Settings } from '../engine/settings';

/**
 * Where settings come from, in order: `workspace/configuration` (per document) when the client
 * advertises it; otherwise what `workspace/didChangeConfiguration` last pushed, then
 * `initializationOptions`, then the defaults. Neovim 0.7 advertises no configuration capability.
 */
export class SettingsSource {
  private pushed: unknown;
  private readonly perUri = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    private readonly initOptions: unknown,
  ) {}

  /** Called on didChangeConfiguration: forget cached values; keep pushed settings if any. */
  changed(pushedSettings: unknown): void {
    const section = pickSection(pushedSettings);
    if (section !== undefined) this.pushed = section;
    this.perUri.clear();
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  get(uri: string): Promise<Settings> {
    let p = this.perUri.get(uri);
    if (!p) {
      p = this.load(uri);
      this.perUri.set(uri, p);
    }
    return p;
  }

  private async load(uri: string): Promise<Settings> {
    const problems: string[] = [];
    let raw: unknown;
    if (this.canPull) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'asteriskHarden' });
      } catch {
        raw = undefined;
      }
    }
    if (raw === undefined || raw === null) raw = this.pushed ?? pickSection(this.initOptions) ?? this.initOptions;
    const settings = resolveSettings(raw ?? {}, problems);
    if (problems.length) this.connection.console.warn(`asterisk-harden settings: ${problems.join('; ')} (defaults used for those)`);
    return settings;
  }
}

/** Accepts `{asteriskHarden: {...}}` or the section itself. */
function pickSection(v: unknown): unknown {
  if (v && typeof v === 'object' && 'asteriskHarden' in v) return (v as Record<string, unknown>).asteriskHarden;
  return v === null ? undefined : v;
}
