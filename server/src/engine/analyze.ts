import { ENGINE_RULES, INTERNAL_ERROR, SUPPRESSION_UNKNOWN_RULE, SUPPRESSION_UNUSED } from './engineRules';
import { compareRuleIds, RuleRegistry } from './registry';
import type { AnalysisContext, CrossFileRule, LanguagePlugin, ModelProvider, ParsedFile, Rule, SourceDoc } from './rule';
import type { Settings } from './settings';
import type { FileSystemView } from './fs';
import { detectLanguage } from './languages';
import { findSuppressions, type Suppression } from './suppression';
import { LineIndex } from './text';
import type { Finding, LanguageId, RawFinding, Severity } from './types';

export interface AnalysisResult {
  /** Every finding, suppressed ones included (marked `suppressed`) so SARIF can carry them. */
  findings: Finding[];
  parsed?: ParsedFile;
}

/**
 * The engine's one entry point: parse a document with the plugin that claims it, run its rules,
 * apply suppression comments and the configured severities. Never throws: a rule that fails is
 * reported as an internal-error finding on the first line so the user sees it and the rest still runs.
 */
export class Engine {
  readonly registry: RuleRegistry;
  constructor(
    readonly plugins: LanguagePlugin<any>[],
    readonly crossFileRules: CrossFileRule[] = [],
  ) {
    this.registry = RuleRegistry.fromPlugins(plugins, [...ENGINE_RULES, ...crossFileRules.map((r) => r.meta)]);
  }

  /** The language the product gives a file on disk (CLI walk, cross-file models). */
  languageOf(file: string, text: string, settings: Settings): LanguageId | undefined {
    const nl = text.search(/\r|\n/);
    return detectLanguage(file, nl === -1 ? text : text.slice(0, nl), settings.iptables.shellScriptGlob);
  }

  pluginFor(doc: SourceDoc, settings: Settings): LanguagePlugin<any> | undefined {
    return this.plugins.find((p) => p.handles(doc, settings));
  }

  /** A model cache for one analysis run (or longer, when the caller keeps it and invalidates). */
  createContext(settings: Settings, fs: FileSystemView, cache?: ModelCache): AnalysisContext {
    const ctx: AnalysisContext = { settings, fs, models: undefined as unknown as ModelProvider };
    ctx.models = cache ?? new ModelCache(this, ctx);
    if (cache) cache.bind(ctx);
    return ctx;
  }

  parse(doc: SourceDoc, ctx: AnalysisContext): ParsedFile | undefined {
    const plugin = this.pluginFor(doc, ctx.settings);
    if (!plugin) return undefined;
    return { doc, lines: new LineIndex(doc.text), plugin, model: plugin.parse(doc, ctx) };
  }

  analyze(doc: SourceDoc, ctx: AnalysisContext, parsed?: ParsedFile): AnalysisResult {
    if (!ctx.settings.enable) return { findings: [] };
    let file: ParsedFile | undefined;
    try {
      file = parsed ?? this.parse(doc, ctx);
    } catch (err) {
      return { findings: [internalError(doc, 'parser', err)] };
    }
    if (!file) return { findings: [] };
    const { plugin, model, lines } = file;
    const raw: { rule: Rule<unknown>; finding: RawFinding }[] = [];
    const ruleCtx = { ...ctx, doc, lines };
    for (const rule of plugin.rules as Rule<unknown>[]) {
      if (this.effectiveSeverity(rule.meta.id, rule.meta.slug, rule.meta.severity, ctx.settings) === 'off') continue;
      try {
        for (const f of rule.check(model, ruleCtx)) raw.push({ rule, finding: f });
      } catch (err) {
        raw.push({ rule: { meta: INTERNAL_ERROR, check: () => [] }, finding: { message: `internal error in rule ${rule.meta.id}: ${errorText(err)}. Please report it.`, range: lines.lineRange(0) } });
      }
    }
    for (const rule of this.crossFileRules) {
      if (!rule.languages.includes(doc.language)) continue;
      if (this.effectiveSeverity(rule.meta.id, rule.meta.slug, rule.meta.severity, ctx.settings) === 'off') continue;
      try {
        for (const f of rule.check(file, ruleCtx)) raw.push({ rule: { meta: rule.meta, check: () => [] }, finding: f });
      } catch (err) {
        raw.push({ rule: { meta: INTERNAL_ERROR, check: () => [] }, finding: { message: `internal error in rule ${rule.meta.id}: ${errorText(err)}. Please report it.`, range: lines.lineRange(0) } });
      }
    }
    const findings: Finding[] = [];
    for (const { rule, finding } of raw) {
      const sev = this.effectiveSeverity(rule.meta.id, rule.meta.slug, finding.severity ?? rule.meta.severity, ctx.settings);
      if (sev === 'off') continue;
      findings.push({
        ruleId: rule.meta.id,
        slug: rule.meta.slug,
        severity: sev,
        message: finding.message,
        file: finding.file ?? doc.file,
        range: finding.range,
        fixes: finding.fixes ?? [],
        ...(finding.related ? { related: finding.related } : {}),
      });
    }
    this.applySuppressions(doc, file, findings, ctx);
    findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareRuleIds(a.ruleId, b.ruleId));
    return { findings, parsed: file };
  }

  /**
   * The severity a finding is shown with: a configured override (by id or slug) replaces the rule's
   * default and any case-specific severity the rule raised (W/E rules).
   */
  effectiveSeverity(id: string, slug: string, dflt: Severity, settings: Settings): Severity | 'off' {
    return settings.rules[id] ?? settings.rules[slug] ?? settings.rules[id.toLowerCase()] ?? dflt;
  }

  private applySuppressions(doc: SourceDoc, file: ParsedFile, findings: Finding[], ctx: AnalysisContext): void {
    const settings = ctx.settings;
    const limit = file.plugin.fileSuppressionLimit?.(file.model);
    const sups = findSuppressions(file.lines, file.plugin.commentPrefixes, limit, file.plugin.backslashContinuation);
    const extra: Finding[] = [];
    let fromIncluders: { ruleId: string; line: number }[] | undefined;
    for (const s of sups) {
      for (const n of s.names) {
        const metas = this.registry.resolve(n.name);
        if (!metas.length) {
          extra.push(engineFinding(SUPPRESSION_UNKNOWN_RULE, doc.file, n.range, `"${n.name}" is not a rule id or slug; this suppression does nothing. Run \`asterisk-harden rules\` for the list.`));
          continue;
        }
        const ids = new Set(metas.map((m) => m.id));
        let used = false;
        for (const f of findings) {
          if (!ids.has(f.ruleId) || f.file !== doc.file) continue;
          if (covers(s, f.range.start.line)) {
            f.suppressed = true;
            used = true;
          }
        }
        const active = metas.some((m) => this.effectiveSeverity(m.id, m.slug, m.severity, settings) !== 'off');
        const usable = s.coveredLine !== -2 && !(s.kind === 'line' && s.coveredLine < 0);
        if (!used && active && usable) {
          fromIncluders ??= this.includerPlaces(doc, file, ctx);
          used = fromIncluders.some((p) => ids.has(p.ruleId) && covers(s, p.line));
        }
        if (!used && active) {
          const label = metas.length === 1 ? metas[0].id : n.name;
          const why = s.coveredLine === -2
            ? `disable-file=${label} must stand before the first section to apply`
            : `no ${label} finding ${s.kind === 'file' ? 'in this file' : 'on the next line'}; remove the suppression or move it`;
          extra.push(engineFinding(SUPPRESSION_UNUSED, doc.file, n.range, `This suppression covers nothing: ${why}.`));
        }
      }
    }
    this.applySuppressionsElsewhere(doc, file, findings, ctx);
    for (const e of extra) {
      const sev = this.effectiveSeverity(e.ruleId, e.slug, e.severity, settings);
      if (sev !== 'off') findings.push({ ...e, severity: sev });
    }
  }

  /**
   * A finding may point into another file of the same language: it is located there, or a related
   * location says where the value comes from (a fragment `#include`d by this file). A suppression
   * comment on that line, in that file, covers the finding as it would in this one.
   */
  private applySuppressionsElsewhere(doc: SourceDoc, file: ParsedFile, findings: Finding[], ctx: AnalysisContext): void {
    const byFile = new Map<string, Suppression[]>();
    const suppressionsOf = (other: string): Suppression[] => {
      let found = byFile.get(other);
      if (found) return found;
      found = [];
      // most files hold no suppression: the text is searched before anything is parsed
      if (ctx.fs.readFile(other)?.includes('asterisk-harden')) {
        const parsed = ctx.models.get(other);
        const p = parsed?.plugin;
        if (parsed && p === file.plugin) found = findSuppressions(parsed.lines, p.commentPrefixes, p.fileSuppressionLimit?.(parsed.model), p.backslashContinuation);
      }
      byFile.set(other, found);
      return found;
    };
    for (const f of findings) {
      if (f.suppressed) continue;
      const places = [...(f.file !== doc.file ? [{ file: f.file, range: f.range }] : []), ...(f.related ?? []).filter((r) => r.file !== doc.file)];
      for (const place of places) {
        for (const s of suppressionsOf(place.file)) {
          if (covers(s, place.range.start.line) && s.names.some((n) => this.registry.resolve(n.name).some((m) => m.id === f.ruleId))) f.suppressed = true;
        }
      }
    }
  }

  /** Set while the findings of includers are computed for includerPlaces (one level only). */
  private checkingIncluder = false;

  /**
   * The places in this file that findings reported while checking the files including it point at
   * (their location or a related one), by rule id: computed once per analysis, and only when a
   * suppression of this file covers nothing of its own.
   */
  private includerPlaces(doc: SourceDoc, file: ParsedFile, ctx: AnalysisContext): { ruleId: string; line: number }[] {
    if (!file.plugin.includers || this.checkingIncluder) return [];
    this.checkingIncluder = true;
    try {
      const out: { ruleId: string; line: number }[] = [];
      for (const inc of file.plugin.includers(doc.file, ctx).slice(0, 5)) {
        const text = ctx.fs.readFile(inc);
        if (text === undefined) continue;
        const language = this.languageOf(inc, text, ctx.settings) ?? doc.language;
        for (const f of this.analyze({ file: inc, language, text }, ctx).findings) {
          if (f.file === doc.file) out.push({ ruleId: f.ruleId, line: f.range.start.line });
          for (const r of f.related ?? []) if (r.file === doc.file) out.push({ ruleId: f.ruleId, line: r.range.start.line });
        }
      }
      return out;
    } finally {
      this.checkingIncluder = false;
    }
  }
}

/** Whether suppression s covers a finding starting on `line`. */
function covers(s: Suppression, line: number): boolean {
  return s.kind === 'file' ? s.coveredLine !== -2 : s.coveredLine >= 0 && line >= s.coveredLine && line <= s.coveredEnd;
}

function engineFinding(meta: { id: string; slug: string; severity: Severity }, file: string, range: Finding['range'], message: string): Finding {
  return { ruleId: meta.id, slug: meta.slug, severity: meta.severity, message, file, range, fixes: [] };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function internalError(doc: SourceDoc, what: string, err: unknown): Finding {
  return engineFinding(INTERNAL_ERROR, doc.file, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, `internal error in the ${what}: ${errorText(err)}. Please report it.`);
}

/** Parses other files at most once per version of their text. */
export class ModelCache implements ModelProvider {
  private readonly entries = new Map<string, { text: string; parsed: ParsedFile | undefined }>();
  private ctx!: AnalysisContext;
  constructor(private readonly engine: Engine, ctx?: AnalysisContext) {
    if (ctx) this.ctx = ctx;
  }
  bind(ctx: AnalysisContext): void {
    this.ctx = ctx;
  }
  get(file: string, language?: LanguageId): ParsedFile | undefined {
    const text = this.ctx.fs.readFile(file);
    if (text === undefined) return undefined;
    const key = `${language ?? ''}\u0000${file}`;
    const hit = this.entries.get(key);
    if (hit && hit.text === text) return hit.parsed;
    let parsed: ParsedFile | undefined;
    try {
      const lang = language ?? this.engine.languageOf(file, text, this.ctx.settings);
      parsed = lang ? this.engine.parse({ file, language: lang, text }, this.ctx) : undefined;
    } catch {
      parsed = undefined;
    }
    this.entries.set(key, { text, parsed });
    return parsed;
  }
  invalidate(file?: string): void {
    if (!file) this.entries.clear();
    else for (const k of [...this.entries.keys()]) if (k.endsWith(`\u0000${file}`)) this.entries.delete(k);
  }
}
