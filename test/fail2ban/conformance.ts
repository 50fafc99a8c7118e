/**
 * Runs the sample-log corpus through our pipeline and compares every (line × variant) with the
 * results fail2ban itself produced (match or not, and the host). Shared by the conformance test
 * and `node out/test/fail2ban/conformance.js` (prints the differences, for debugging).
 */
import { compileFilter, type FilterDefinition } from '../../server/src/fail2ban/regex/compile';
import { templatesFor } from '../../server/src/fail2ban/dates/detector';
import { FilterRunner, type FailEntry } from '../../server/src/fail2ban/tester/filterRunner';
import { DiskFileSystem } from '../../server/src/engine/fs';
import { resolveFilter } from '../../server/src/fail2ban/config/filter';
import { definitionOf } from '../../server/src/fail2ban/tester/fromConfig';
import { filterOpts, oracleRecords, resolvedFilters, TEST_NOW, TEST_NOW_STR, type OracleRecord } from './corpus';

export interface Diff {
  record: OracleRecord;
  ours: [number, string | null][] | string;
}

export interface ConformanceResult {
  total: number;
  agree: number;
  byFilter: Map<string, { total: number; agree: number }>;
  diffs: Diff[];
  journal: number;
}

/** `source`: filters resolved by fail2ban itself ('python') or by our config reader ('reader', end to end). */
function readerFilters(wanted: [string, Record<string, unknown>][]): Map<string, FilterDefinition | { error: string }> {
  const env = { dirs: { fs: new DiskFileSystem(), bases: ['/etc/fail2ban'] }, version: '1.0' as const };
  const out = new Map<string, FilterDefinition | { error: string }>();
  for (const [n, o] of wanted) {
    const opts = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
    const f = resolveFilter(n, opts, env);
    out.set(n + JSON.stringify(o), f ? definitionOf(f) : { error: 'not found' });
  }
  return out;
}

export function runConformance(version: string, only?: (name: string) => boolean, skipJournal = false, source: 'python' | 'reader' = 'python'): ConformanceResult {
  process.env.TZ = 'Europe/Zurich'; // the corpus tests' TZ=CET-01CEST-02,M3.5.0,M10.5.0
  const { records } = oracleRecords(version);
  const recs = records.filter((r) => !only || only(r.filter));
  const wanted = new Map<string, [string, Record<string, unknown>]>();
  for (const r of recs) wanted.set(r.filter + JSON.stringify(filterOpts(r.opts)), [r.filter, filterOpts(r.opts)]);
  const defs = source === 'python' ? resolvedFilters(version, [...wanted.values()]) : readerFilters([...wanted.values()]);
  const runners = new Map<string, FilterRunner | string>();
  const nowYear = new Date().getFullYear();
  const res: ConformanceResult = { total: 0, agree: 0, byFilter: new Map(), diffs: [], journal: 0 };
  for (const r of recs) {
    const journal = r.opts.logtype === 'journal';
    if (journal) res.journal++;
    if (journal && skipJournal) continue;
    let runner = runners.get(r.variant);
    if (runner === undefined) {
      const def = defs.get(r.filter + JSON.stringify(filterOpts(r.opts))) as FilterDefinition | { error: string };
      if ('error' in def) runner = `resolve: ${def.error}`;
      else {
        const { filter, problems } = compileFilter(def, { version: '1.0' });
        if (problems.length) runner = problems.map((p) => `${p.list}[${p.index}] ${p.message}`).join('; ');
        else {
          try {
            runner = new FilterRunner(filter, templatesFor(def.datepattern, { nowYear }), { now: TEST_NOW });
          } catch (e) {
            runner = `dates: ${(e as Error).message}`;
          }
        }
      }
      runners.set(r.variant, runner);
    }
    let ours: [number, string | null][] | string;
    if (typeof runner === 'string') ours = runner;
    else {
      const out = journal ? runner.processTupleLine(['', TEST_NOW_STR, r.line_fed ?? r.line], TEST_NOW) : runner.processLine(r.line);
      ours = out.entries.filter((e: FailEntry) => e.fid !== null && !e.nofail).map((e) => [e.index, e.fid]);
    }
    const theirs = r.actual.map((a) => [a[0], a[1]] as [number, string | null]);
    const same = typeof ours !== 'string' && ours.length === theirs.length && ours.every((o, i) => o[0] === theirs[i][0] && o[1] === theirs[i][1]);
    res.total++;
    const bf = res.byFilter.get(r.filter) ?? { total: 0, agree: 0 };
    bf.total++;
    if (same) {
      res.agree++;
      bf.agree++;
    } else res.diffs.push({ record: r, ours });
    res.byFilter.set(r.filter, bf);
  }
  return res;
}

if (require.main === module) {
  const { fail2banVersion } = require('./corpus') as typeof import('./corpus');
  const v = fail2banVersion();
  if (!v) throw new Error('fail2ban absent');
  const only = process.argv[2];
  const r = runConformance(v, only ? (n) => n === only : undefined, false, process.env.SOURCE === 'reader' ? 'reader' : 'python');
  for (const d of r.diffs.slice(0, Number(process.env.N ?? 40))) {
    console.log(`${d.record.filter} ${d.record.variant} L${d.record.lineno}: ${JSON.stringify(d.record.line).slice(0, 200)}`);
    console.log(`   theirs ${JSON.stringify(d.record.actual.map((a) => [a[0], a[1]]))} ours ${JSON.stringify(d.ours)}`);
  }
  for (const [f, s] of r.byFilter) if (s.agree < s.total) console.log(`  ${f}: ${s.agree}/${s.total}`);
  console.log(`total ${r.agree}/${r.total} (${((100 * r.agree) / r.total).toFixed(2)}%), journal records ${r.journal}`);
}
