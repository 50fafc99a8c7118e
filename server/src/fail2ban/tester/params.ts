/**
 * From what a user gives (FILTER, LOG, options) to a ready tester: resolves FILTER as
 * fail2ban-regex's `readRegex` does (a filter name or file, optionally `[opt=val, …]`, else a
 * literal failregex), compiles it and selects the date templates. Shared by the CLI and the worker.
 */
import { existsSync, statSync } from 'node:fs';
import { DiskFileSystem } from '../../engine/fs';
import { resolveFilter } from '../config/filter';
import { extractOptions } from '../config/options';
import { compileFilter, type CompiledFilter, type FilterDefinition, type RegexProblem } from '../regex/compile';
import { templatesFor } from '../dates/detector';
import type { DateTemplate } from '../dates/templates';
import { zoneOffset } from '../dates/strptime';
import { definitionOf } from './fromConfig';
import type { ReportHeader } from './report';
import type { SourceLoc } from '../config/mapped';

export interface FilterTestParams {
  /** A filter name (`asterisk`, `sshd[mode=aggressive]`), a filter file, or a literal failregex. */
  filter: string;
  /** A log file path, or log text (one line or several). */
  log: string;
  /** Force `log` to be read as text even if a file of that name exists. */
  logIsText?: boolean;
  /** A literal ignoreregex replacing the filter's (fail2ban-regex's third argument). */
  ignoreregex?: string;
  configDir?: string;
  version?: '1.0' | '1.1';
  datepattern?: string;
  maxlines?: number;
  /** `--timezone`: `UTC+0100`, `CET`, … (dates without zone); default local time. */
  timezone?: string;
  /** Unix time used as "now" (year-less dates); default the real time. */
  now?: number;
}

export interface PreparedTest {
  filter: CompiledFilter;
  templates: DateTemplate[];
  header: ReportHeader;
  problems: RegexProblem[];
  logFile?: string;
  logText?: string;
  defaultTz?: number;
  now: number;
  /** Where each failregex starts in the configuration (filter files only), for editors' CodeLens. */
  failregexOrigins?: (SourceLoc | undefined)[];
}

const NAME_RE = /^\/{0,3}[\w/_\-.]+(?:\[[\s\S]*\])?$/;

export class ParamError extends Error {}

export function prepareTest(p: FilterTestParams): PreparedTest {
  const configDir = p.configDir ?? '/etc/fail2ban';
  const version = p.version ?? '1.0';
  const env = { dirs: { fs: new DiskFileSystem(), bases: [configDir] }, version };
  const header: ReportHeader = {};
  let def: FilterDefinition | undefined;
  let failregexOrigins: (SourceLoc | undefined)[] | undefined;
  if (NAME_RE.test(p.filter)) {
    const ex = extractOptions(p.filter);
    if (ex.error) throw new ParamError(`invalid filter options: ${ex.error}`);
    const resolved = resolveFilter(ex.name.trim(), ex.options, env);
    if (resolved) {
      def = definitionOf(resolved);
      failregexOrigins = resolved.failregex.map((l) => l.origin);
      const bad = resolved.problems[0];
      if (bad) throw new ParamError(`filter ${ex.name}: ${bad.message}`);
      header.filterName = ex.name.trim();
      header.basedir = configDir;
      if (Object.keys(ex.options).length) header.filterOptions = ex.options;
    }
  }
  if (!def) {
    def = { failregex: [p.filter], ignoreregex: [] };
    header.literalFailregex = p.filter;
  }
  if (p.ignoreregex !== undefined) {
    def.ignoreregex = [p.ignoreregex];
    header.literalIgnoreregex = p.ignoreregex;
  }
  if (p.datepattern !== undefined) def.datepattern = p.datepattern;
  if (p.maxlines !== undefined) {
    def.maxlines = p.maxlines;
    header.maxlinesSet = true;
  }
  const { filter, problems } = compileFilter(def, { version });
  const now = p.now ?? Date.now() / 1000;
  let templates: DateTemplate[];
  try {
    templates = templatesFor(def.datepattern, { nowYear: new Date(now * 1000).getFullYear(), version });
  } catch (e) {
    throw new ParamError(`datepattern: ${(e as Error).message}`);
  }
  let defaultTz: number | undefined;
  if (p.timezone !== undefined) {
    defaultTz = zoneOffset(p.timezone.replace(/^(UTC|GMT)(?=[+-])/, ''));
    if (defaultTz === undefined) throw new ParamError(`Unknown or unsupported time zone: '${p.timezone}'`);
  }
  const isFile = !p.logIsText && existsSync(p.log) && statSync(p.log).isFile();
  if (isFile) header.logFile = p.log;
  else {
    const n = p.log.split('\n').length;
    if (n > 1) header.lineCount = n;
    else header.singleLine = p.log;
  }
  return { filter, templates, header, problems, logFile: isFile ? p.log : undefined, logText: isFile ? undefined : p.log, defaultTz, now, ...(failregexOrigins ? { failregexOrigins } : {}) };
}
