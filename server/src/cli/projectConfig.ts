import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveSettings, type Settings } from '../engine/settings';

export const CONFIG_FILE_NAMES = ['.asterisk-harden.json'];

/**
 * The CLI's settings for one checked file: `.asterisk-harden.json` found by walking up from the
 * file's directory (the nearest wins), merged over the defaults; or the file given by `--config`.
 * Same keys as the VS Code settings without the `asteriskHarden.` prefix, nested or dotted:
 * `{"rules": {"AST103": "off"}, "asterisk": {"targetVersion": 18}}` or `{"asterisk.targetVersion": 18}`.
 */
export class ProjectConfig {
  private readonly cache = new Map<string, { settings: Settings; source?: string }>();
  /** Every problem met reading settings files, each once. */
  readonly problems: string[] = [];

  constructor(private readonly explicit?: string) {}

  forFile(file: string): { settings: Settings; source?: string } {
    const source = this.explicit ?? findUp(path.dirname(path.resolve(file)));
    const key = source ?? '';
    const hit = this.cache.get(key);
    if (hit) return hit;
    const problems: string[] = [];
    const settings = source ? resolveSettings(readConfig(source, problems), problems) : resolveSettings({});
    this.problems.push(...problems.map((p) => `${source}: ${p}`));
    const entry = { settings, ...(source ? { source } : {}) };
    this.cache.set(key, entry);
    return entry;
  }
}

function findUp(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(d, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/** Reads a config file; dotted keys (`"asterisk.targetVersion"`) are expanded into nested objects. */
export function readConfig(file: string, problems: string[]): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`cannot read settings: ${err instanceof Error ? err.message : String(err)}`);
    return {};
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('settings file must hold a JSON object');
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const key = k.replace(/^asteriskHarden\./, '');
    const parts = key.split('.');
    // `rules.AST101` style keys nest too.
    let target = out;
    for (const p of parts.slice(0, -1)) {
      const next = target[p];
      target = (target[p] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    const existing = target[last];
    target[last] = existing && typeof existing === 'object' && v && typeof v === 'object' ? { ...existing, ...v } : v;
  }
  return out;
}
