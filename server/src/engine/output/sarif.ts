import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { ruleDocUrl } from '../registry';
import type { RuleMeta } from '../rule';
import type { Finding, Range, Severity } from '../types';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifInput {
  findings: Finding[];
  rules: RuleMeta[];
  version: string;
  /** The source root as a file URI ending in '/', for `%SRCROOT%`. */
  srcRoot: string;
  /** A file's URI for SARIF: relative to the source root when possible. */
  artifactUri: (file: string) => { uri: string; uriBaseId?: string };
  /** The text of a line, for stable fingerprints that survive unrelated edits above it. */
  lineText: (file: string, line: number) => string;
}

function region(r: Range): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: the full rule catalogue in `tool.driver.rules`,
 * 1-based regions (UTF-16 columns, SARIF's default), `partialFingerprints` from the rule and the
 * line's content (not its number), inline-suppressed results kept with `suppressions: inSource`,
 * and the safe fixes as SARIF `fixes` (review fixes stay in the editor and the JSON report).
 */
export function toSarif(input: SarifInput): Sarif.Log {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const results: Sarif.Result[] = input.findings.map((f) => {
    const loc = input.artifactUri(f.file);
    const base = createHash('sha256').update(`${f.ruleId}\u0000${loc.uri}\u0000${input.lineText(f.file, f.range.start.line).trim()}`).digest('hex').slice(0, 32);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const result: Sarif.Result = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: loc, region: region(f.range) } }],
      partialFingerprints: { 'asteriskHarden/v1': `${base}:${n}` },
    };
    const idx = ruleIndex.get(f.ruleId);
    if (idx !== undefined) result.ruleIndex = idx;
    if (f.suppressed) result.suppressions = [{ kind: 'inSource' }];
    if (f.related?.length) {
      result.relatedLocations = f.related.map((r, i) => ({ id: i, message: { text: r.message }, physicalLocation: { artifactLocation: input.artifactUri(r.file), region: region(r.range) } }));
    }
    // Only safe fixes: SARIF ends up on dashboards, and review fixes may carry a freshly generated
    // secret (AST112, AST202…) that has no business there.
    const safeFixes = f.fixes.filter((x) => x.kind === 'safe');
    if (safeFixes.length) {
      result.fixes = safeFixes.map((fix) => ({
        description: { text: `${fix.title} (${fix.kind})` },
        artifactChanges: groupByFile(fix.edits).map(([file, edits]) => ({
          artifactLocation: input.artifactUri(file),
          replacements: edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
        })),
      }));
    }
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'asterisk-harden',
            semanticVersion: input.version,
            version: input.version,
            informationUri: 'https://github.com/asterisk-harden/asterisk-harden',
            rules: input.rules.map((r) => ({
              id: r.id,
              name: r.slug,
              shortDescription: { text: r.title },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['security', r.id.replace(/\d+$/, '')], ...(r.p1 ? { precision: 'high' } : {}) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: input.srcRoot } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function groupByFile<T extends { file: string }>(edits: T[]): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const e of edits) {
    const l = m.get(e.file);
    if (l) l.push(e);
    else m.set(e.file, [e]);
  }
  return [...m.entries()];
}
