/**
 * Done-when (a): fail2ban's sample-log corpus through our pipeline, compared line by line with the
 * results of the installed fail2ban (match or not, failregex index, host).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { fail2banVersion } from './corpus';
import { runConformance } from './conformance';

test('corpus conformance with the installed fail2ban', (t) => {
  const version = fail2banVersion();
  if (!version) return t.skip('fail2ban (Debian python3 with the fail2ban module) absent');
  const all = runConformance(version);
  const pct = (100 * all.agree) / all.total;
  const asterisk = all.byFilter.get('asterisk');
  t.diagnostic(`fail2ban ${version}: ${all.agree}/${all.total} line×variant records agree (${pct.toFixed(2)}%), ${all.journal} journal records included, ${all.byFilter.size} filters`);
  for (const d of all.diffs.slice(0, 10)) t.diagnostic(`differs: ${d.record.filter} ${d.record.variant} line ${d.record.lineno}`);
  assert.ok(all.total > 1000, `only ${all.total} records`);
  assert.ok(asterisk && asterisk.total >= 40, 'asterisk corpus present');
  assert.equal(asterisk!.agree, asterisk!.total, 'asterisk: 100%');
  assert.ok(pct >= 99, `overall ${pct.toFixed(2)}% < 99%`);
});

test('corpus conformance end to end: our config reader + our pipeline', (t) => {
  const version = fail2banVersion();
  if (!version) return t.skip('fail2ban (Debian python3 with the fail2ban module) absent');
  const all = runConformance(version, undefined, false, 'reader');
  const pct = (100 * all.agree) / all.total;
  t.diagnostic(`reader+pipeline: ${all.agree}/${all.total} (${pct.toFixed(2)}%)`);
  const asterisk = all.byFilter.get('asterisk')!;
  assert.equal(asterisk.agree, asterisk.total, 'asterisk: 100%');
  assert.ok(pct >= 99, `overall ${pct.toFixed(2)}% < 99%`);
});
