import type { Finding } from '../types';

/**
 * The JSON report: a contract other tools rely on. Positions are 0-based LSP positions;
 * `file` is as given on the command line (relative paths stay relative).
 */
export interface JsonReport {
  version: 1;
  findings: {
    file: string;
    ruleId: string;
    slug: string;
    severity: Finding['severity'];
    message: string;
    range: Finding['range'];
    fixes: { title: string; kind: 'safe' | 'review'; edits: { file: string; range: Finding['range']; newText: string }[] }[];
    suppressed?: true;
  }[];
}

export function toJsonReport(findings: Finding[], displayName: (file: string) => string): JsonReport {
  return {
    version: 1,
    findings: findings.map((f) => ({
      file: displayName(f.file),
      ruleId: f.ruleId,
      slug: f.slug,
      severity: f.severity,
      message: f.message,
      range: f.range,
      fixes: f.fixes.map((x) => ({ title: x.title, kind: x.kind, edits: x.edits.map((e) => ({ file: displayName(e.file), range: e.range, newText: e.newText })) })),
      ...(f.suppressed ? { suppressed: true as const } : {}),
    })),
  };
}
