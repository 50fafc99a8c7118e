import type { LanguagePlugin, Rule, RuleMeta } from './rule';

/** Every rule the product has, by id and by slug. Built from the rule files' own metadata. */
export class RuleRegistry {
  private readonly byName = new Map<string, RuleMeta>();
  readonly all: RuleMeta[] = [];

  constructor(metas: RuleMeta[]) {
    for (const meta of metas) {
      if (!/^(AST|F2B|IPT|XF|AH)\d{3}$/.test(meta.id)) throw new Error(`rule id ${meta.id} is not FAMILY + three digits`);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(meta.slug)) throw new Error(`rule slug ${meta.slug} is not kebab-case`);
      if (this.byName.has(meta.id) || this.byName.has(meta.slug)) throw new Error(`rule ${meta.id} (${meta.slug}) registered twice`);
      this.byName.set(meta.id, meta);
      this.byName.set(meta.slug, meta);
      this.all.push(meta);
    }
    this.all.sort((a, b) => a.id.localeCompare(b.id));
  }

  static fromPlugins(plugins: LanguagePlugin<any>[], extra: RuleMeta[] = []): RuleRegistry {
    const metas: RuleMeta[] = [...extra];
    for (const p of plugins) for (const r of p.rules as Rule<unknown>[]) metas.push(r.meta);
    return new RuleRegistry(metas);
  }

  /** A rule by id (any case) or slug. */
  get(name: string): RuleMeta | undefined {
    return this.byName.get(name) ?? this.byName.get(name.toUpperCase()) ?? this.byName.get(name.toLowerCase());
  }
}

/** Where a rule's documentation page lives; `codeDescription.href` and SARIF `helpUri` use it. */
export const DOCS_BASE_URL = 'https://github.com/asterisk-harden/asterisk-harden/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
