/**
 * What the workbench should show, from sources independent of VS Code: the project's own CLI (the
 * JSON contract of `asterisk-harden check`) and the real `fail2ban-regex`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './codeServer';

export interface CliFinding {
  file: string;
  ruleId: string;
  severity: string;
  /** 0-based, as the JSON contract gives it. */
  line: number;
  character: number;
}

/**
 * Findings of `asterisk-harden check --format json` over `workspace`, keyed by absolute file path,
 * or a reason why the CLI could not say (not built yet, crashed, output not the contract).
 */
export function cliFindings(workspace: string): Map<string, CliFinding[]> | string {
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return 'dist/cli.js is not built';
  const res = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-on', 'never', workspace], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (res.status !== 0) return `asterisk-harden check exited ${res.status}: ${(res.stderr || res.stdout || '').slice(0, 500)}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.stdout);
  } catch {
    return `asterisk-harden check --format json printed no JSON: ${res.stdout.slice(0, 200)}`;
  }
  const findings = (parsed as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) return 'asterisk-harden check --format json has no "findings" array';
  const byFile = new Map<string, CliFinding[]>();
  for (const f of findings as { file: string; ruleId: string; severity: string; range: { start: { line: number; character: number } } }[]) {
    const file = path.resolve(workspace, f.file);
    const list = byFile.get(file) ?? [];
    list.push({ file, ruleId: f.ruleId, severity: f.severity, line: f.range.start.line, character: f.range.start.character });
    byFile.set(file, list);
  }
  return byFile;
}

export interface RegexCount {
  lines: number;
  ignored: number;
  matched: number;
  missed: number;
}

/** The `Lines: N lines, I ignored, M matched, X missed` summary, from fail2ban-regex or our report. */
export function parseLinesSummary(text: string): RegexCount | undefined {
  const m = /Lines:\s*(\d+)\s+lines?,\s*(\d+)\s+ignored,\s*(\d+)\s+matched,\s*(\d+)\s+missed/i.exec(text);
  return m ? { lines: Number(m[1]), ignored: Number(m[2]), matched: Number(m[3]), missed: Number(m[4]) } : undefined;
}

/** Runs the real fail2ban-regex over `log` with `filter` (a file or a name in /etc/fail2ban). */
export function fail2banRegex(log: string, filter: string): RegexCount | string {
  const bin = process.env.ASTERISK_HARDEN_FAIL2BAN_REGEX ?? 'fail2ban-regex';
  const res = spawnSync(bin, [log, filter], { encoding: 'utf8', timeout: 120_000 });
  if (res.error) return `${bin} could not run: ${res.error.message}`;
  const summary = parseLinesSummary(res.stdout);
  return summary ?? `${bin} printed no "Lines:" summary (exit ${res.status}): ${(res.stderr || res.stdout).slice(0, 300)}`;
}
