import type { LanguagePlugin, Rule, RuleMeta } from './rule';

/**
 * Every rule the product has, by id and by slug. Built from the rule files' own metadata.
 * Ids are unique; a slug may be shared across families (the catalogue names AST001 and F2B001
 * both `unparsable-line`), and then names every rule that carries it.
 */
/**
 * Order of rule ids. Ids are FAMILY + three digits (checked on registration), for which plain
 * code-unit order is `localeCompare`'s order, without loading the ICU collator (~8 ms per process).
 */
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class RuleRegistry {
  private readonly byId = new Map<string, RuleMeta>();
  private readonly bySlug = new Map<string, RuleMeta[]>();
  readonly all: RuleMeta[] = [];

  constructor(metas: RuleMeta[]) {
    for (const meta of metas) {
      if (!/^(AST|F2B|IPT|XF|AH)\d{3}$/.test(meta.id)) throw new Error(`rule id ${meta.id} is not FAMILY + three digits`);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(meta.slug)) throw new Error(`rule slug ${meta.slug} is not kebab-case`);
      if (this.byId.has(meta.id)) throw new Error(`rule ${meta.id} registered twice`);
      const family = meta.id.replace(/\d+$/, '');
      const sameSlug = this.bySlug.get(meta.slug) ?? [];
      if (sameSlug.some((m) => m.id.replace(/\d+$/, '') === family)) throw new Error(`slug ${meta.slug} used twice in family ${family}`);
      this.byId.set(meta.id, meta);
      this.bySlug.set(meta.slug, [...sameSlug, meta]);
      this.all.push(meta);
    }
    this.all.sort((a, b) => compareRuleIds(a.id, b.id));
  }

  /** Every rule a name (id in any case, or slug) designates; empty when none. */
  resolve(name: string): RuleMeta[] {
    const byId = this.byId.get(name.toUpperCase());
    if (byId) return [byId];
    return this.bySlug.get(name.toLowerCase()) ?? [];
  }

  static fromPlugins(plugins: LanguagePlugin<any>[], extra: RuleMeta[] = []): RuleRegistry {
    const metas: RuleMeta[] = [...extra];
    for (const p of plugins) for (const r of p.rules as Rule<unknown>[]) metas.push(r.meta);
    return new RuleRegistry(metas);
  }

  /** A rule by id (any case), or the first rule carrying a slug. */
  get(name: string): RuleMeta | undefined {
    return this.resolve(name)[0];
  }
}

/** Where a rule's documentation page lives; `codeDescription.href` and SARIF `helpUri` use it. */
export const DOCS_BASE_URL = 'https://github.com/asterisk-harden/asterisk-harden/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
