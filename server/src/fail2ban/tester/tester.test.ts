import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileFilter, type FilterDefinition } from '../regex/compile';
import { templatesFor } from '../dates/detector';
import { FilterTester, type TestReport } from './run';
import { testFile, testText } from './readLog';
import { testFileSplit } from './split';
import { uncaptured } from './bulkChunk';
import { testFilterCommand } from '../../cli/testFilter';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ah-tester-'));
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0) / 1000;

/** A small asterisk-like filter (prefregex + content, like the stock one) that needs no /etc/fail2ban. */
const DEF: FilterDefinition = {
  prefregex: '^(?:\\[\\])?\\s*(?:NOTICE|SECURITY|WARNING)(?:\\s*\\[\\d+\\]):?(?:\\[C-[\\da-f]*\\])?:? [^:]+:\\d*(?:(?: in)? [^:]+:)? <F-CONTENT>.+</F-CONTENT>$',
  failregex: [
    "^Registration from '[^']*' failed for '<HOST>(:\\d+)?' - (?:Wrong password|No matching peer found)$",
    "^hacking attempt detected '<HOST>'$",
    "^<F-NOFAIL>Peer</F-NOFAIL> '<F-ID>\\d+</F-ID>' is now Reachable",
  ],
  ignoreregex: [],
  datepattern: '{^LN-BEG}',
};

function tester(def: FilterDefinition, opts = {}) {
  const { filter, problems } = compileFilter(def);
  assert.deepEqual(problems, []);
  return new FilterTester(filter, templatesFor(def.datepattern, { nowYear: 2026 }), { now: NOW, collectMatches: true, ...opts });
}

function synthLog(n: number, seed = 1, junk = true): string {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const ts = `[2026-11-27 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}]`;
    const ip = `192.0.2.${1 + Math.floor(rnd() * 250)}`;
    const k = rnd();
    if (k < 0.05) out.push(`${ts} NOTICE[${i}] chan_sip.c: Registration from '<sip:1@x>' failed for '${ip}:5060' - Wrong password`);
    else if (k < 0.08) out.push(`${ts} NOTICE[${i}] chan_sip.c: hacking attempt detected '${ip}'`);
    else if (k < 0.1) out.push(`${ts} NOTICE[${i}] chan_sip.c: Peer '${i}' is now Reachable. (19ms / 2000ms)`);
    else if (k < 0.12) out.push(`${ts} NOTICE[${i}] chan_sip.c: Registration from '<sip:1@x>' accepted`);
    else if (k < 0.13 && junk) out.push(k < 0.125 ? '# a comment line' : '');
    else out.push(`${ts} VERBOSE[${i}] pbx.c: -- Executing [s@default:1] Answer("SIP/100-0001", "") in new stack`);
  }
  return out.join('\n') + '\n';
}

const strip = (r: TestReport) => ({ ...r, elapsedMs: 0, fastPath: false, split: undefined });

test('counts as fail2ban-regex: # and empty lines skipped, nofail = ignored, hits per regex, 1-based line numbers', () => {
  const log = [
    "[2026-11-27 10:00:01] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for '192.0.2.10:5060' - Wrong password",
    '# comment',
    '',
    "[2026-11-27 10:00:02] NOTICE[2] chan_sip.c: Peer '100' is now Reachable. (19ms / 2000ms)",
    '[2026-11-27 10:00:03] VERBOSE[3] pbx.c: -- Executing',
    "[2026-11-27 10:00:04] NOTICE[4] chan_sip.c: hacking attempt detected '2001:0db8::1'",
  ].join('\n');
  const r = testText(tester(DEF), log);
  assert.deepEqual([r.lines, r.matched, r.ignored, r.missed], [4, 2, 1, 1]);
  assert.deepEqual(r.failHits, [1, 1, 1]);
  assert.equal(r.prefregexHits, 3);
  assert.deepEqual(r.matches.map((m) => [m.lineNumber, m.regex, m.host, m.time]), [
    [1, 0, '192.0.2.10', Date.UTC(2026, 10, 27, 10, 0, 1) / 1000 + new Date(0).getTimezoneOffset() * 60],
    [6, 1, '2001:db8::1', Date.UTC(2026, 10, 27, 10, 0, 4) / 1000 + new Date(0).getTimezoneOffset() * 60],
  ]);
  assert.deepEqual(r.missedLines, ['[2026-11-27 10:00:03] VERBOSE[3] pbx.c: -- Executing']);
});

test('a log file\'s last line without a newline is not counted (fail2ban-regex reads whole lines)', async () => {
  const f = path.join(tmp, 'nonl.log');
  writeFileSync(f, "[2026-11-27 10:00:04] NOTICE[4] chan_sip.c: hacking attempt detected '192.0.2.1'\n[2026-11-27 10:00:05] NOTICE[4] chan_sip.c: hacking attempt detected '192.0.2.2'");
  const r = await testFile(tester(DEF), f);
  assert.deepEqual([r.lines, r.matched], [1, 1]);
});

test('the candidate scan gives exactly the per-line results, over many small chunks', async () => {
  const f = path.join(tmp, 'synth.log');
  writeFileSync(f, synthLog(5000));
  const slow = await testFile(tester(DEF, { noFastPath: true, chunkSize: 1 << 16 }), f);
  const fastT = tester(DEF, { chunkSize: 1 << 14 });
  const fast = await testFile(fastT, f);
  assert.ok(fast.fastPath && !slow.fastPath);
  assert.ok(slow.matched > 300 && slow.ignored > 50, `synthetic log has matches (${slow.matched}) and nofail lines (${slow.ignored})`);
  assert.deepEqual(strip(fast), strip(slow));
});

test('bulk counting leaves prefregexes that could run past a line end to the per-line path', async () => {
  // `[\s]` may match a newline: over a whole chunk, a line ending at `chan_sip.c:` would take the
  // next line as its content; line by line it cannot match
  const def = { ...DEF, prefregex: DEF.prefregex!.replace(' <F-CONTENT>', '[\\s]<F-CONTENT>') };
  assert.notEqual(def.prefregex, DEF.prefregex);
  const f = path.join(tmp, 'cross.log');
  const log = synthLog(8000, 9, false)
    .split('\n')
    .map((l, i) => (i % 7 === 3 ? `[2026-11-27 11:00:00] NOTICE[${i}] chan_sip.c:` : l))
    .join('\n');
  writeFileSync(f, log);
  const slow = await testFile(tester(def, { noFastPath: true }), f);
  const fast = await testFile(tester(def, { chunkSize: 1 << 13 }), f);
  assert.ok(slow.prefregexHits > 300, `prefregex hits: ${slow.prefregexHits} of ${slow.lines}`);
  assert.ok(/chan_sip\.c:\n/.test(log));
  assert.deepEqual(strip(fast), strip(slow));
});

test('bulk counting with a prefregex whose content is not the rest of the line gives the per-line results', async () => {
  const f = path.join(tmp, 'nohead.log');
  writeFileSync(f, synthLog(8000, 11, false));
  for (const prefregex of [DEF.prefregex!.replace('<F-CONTENT>.+</F-CONTENT>$', '<F-CONTENT>.+</F-CONTENT>(?:x|)$'), DEF.prefregex!.replace('<F-CONTENT>.+</F-CONTENT>$', '.+$')]) {
    const def = { ...DEF, prefregex };
    const slow = await testFile(tester(def, { noFastPath: true }), f);
    const fast = await testFile(tester(def, { chunkSize: 1 << 13 }), f);
    assert.ok(slow.prefregexHits > 300, prefregex);
    assert.deepEqual(strip(fast), strip(slow), prefregex);
  }
});

/** DEF as a filter file: the split run's worker rebuilds the filter from it (no /etc/fail2ban needed). */
function defFile(): string {
  const f = path.join(tmp, 'def-filter.conf');
  const lines = ['[Definition]', `prefregex = ${DEF.prefregex}`, `failregex = ${DEF.failregex[0]}`, ...DEF.failregex.slice(1).map((r) => `            ${r}`), `datepattern = ${DEF.datepattern}`];
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

test('two threads give the sequential result: the worker counts the end of a log, and gives back what it cannot count in bulk', async () => {
  const filter = defFile();
  for (const [name, text] of [
    ['clean', synthLog(8000, 3, false)],
    // `#` and empty lines, and a stretch of lines without a date, in the worker's part: given back
    ['junk', synthLog(6000, 4, false) + 'no date on this line\n'.repeat(50) + synthLog(3000, 5, true)],
  ] as const) {
    const f = path.join(tmp, `split-${name}.log`);
    writeFileSync(f, text);
    const seq = await testFile(tester(DEF, { chunkSize: 1 << 12 }), f);
    const par = await testFileSplit(tester(DEF, { chunkSize: 1 << 12 }), f, { filter, log: f, now: NOW }, { chunkBytes: 1 << 14, minBytes: 0, waitForWorker: true });
    assert.ok(seq.matched > 300, name);
    assert.deepEqual(strip(par), strip(seq), name);
    assert.ok(par.split && par.split.chunks > 20, name);
    // the worker waits for the first thread to reach bulk counting, then takes chunks from the end
    assert.ok(par.split!.byWorker > 0, `${name}: the worker counted ${par.split!.byWorker} of ${par.split!.chunks} chunks`);
  }
});

test('ignoreregex: matched lines it covers are ignored and counted per ignoreregex', () => {
  const r = testText(tester({ ...DEF, ignoreregex: ["for '192\\.0\\.2\\.10"] }), synthLog(10).split('\n').slice(0, 0).join('') + "[2026-11-27 10:00:01] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for '192.0.2.10:5060' - Wrong password\n[2026-11-27 10:00:01] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for '192.0.2.11:5060' - Wrong password");
  assert.deepEqual([r.lines, r.matched, r.ignored, r.missed, r.ignoreHits[0]], [2, 1, 1, 0, 1]);
});

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await testFilterCommand.run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: tmp, env: {} });
  return { code, out, err };
}

test('CLI: literal regex, one log line, JSON contract', async () => {
  const line = "[2026-11-27 10:00:06] NOTICE[3453] chan_sip.c: hacking attempt detected '192.0.2.10'";
  const r = await cli(['--json', "hacking attempt detected '<HOST>'", line]);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.deepEqual(Object.keys(j), ['version', 'lines', 'matched', 'ignored', 'missed', 'regexes', 'matches']);
  assert.deepEqual([j.version, j.lines, j.matched, j.ignored, j.missed], [1, 1, 1, 0, 0]);
  assert.deepEqual(j.regexes, [{ index: 0, pattern: "hacking attempt detected '<HOST>'", hits: 1 }]);
  assert.equal(j.matches[0].lineNumber, 1);
  assert.equal(j.matches[0].host, '192.0.2.10');
  assert.equal(typeof j.matches[0].time, 'number');
  assert.deepEqual(j.matches[0].groups, { ip4: '192.0.2.10', ip6: null, dns: null });
  const t = await cli(["hacking attempt detected '<HOST>'", line]);
  assert.match(t.out, /Use   failregex line : hacking attempt detected '<HOST>'/);
  assert.match(t.out, /Use      single line : \[2026-11-27 10:00:06\] NOTICE\[3453\] chan_sip\.c: hac\.\.\./);
  assert.match(t.out, /Lines: 1 lines, 0 ignored, 1 matched, 0 missed/);
});

test('CLI: usage errors and regex errors exit 2 with a message', async () => {
  assert.equal((await cli([])).code, 2);
  const bad = await cli(['^x (<HOST>', 'a line']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /missing \), unterminated subpattern/);
  assert.match((await cli(['^no host here$', 'a line'])).err, /No failure-id group/);
});

test('CLI with the installed asterisk filter: fail2ban-regex\'s demo run (reference §3.5)', async (t) => {
  if (!existsSync('/etc/fail2ban/filter.d/asterisk.conf')) return t.skip('/etc/fail2ban/filter.d/asterisk.conf absent');
  const f = path.join(tmp, 'asterisk-demo.log');
  writeFileSync(f, [
    "[2026-11-27 10:00:01] NOTICE[1638] chan_sip.c: Registration from '<sip:301@example.com>' failed for '192.0.2.10:5060' - Wrong password",
    '[2026-11-27 10:00:02] VERBOSE[1640][C-00000001] pbx.c:     -- Executing [s@default:1] Answer("SIP/100-00000001", "") in new stack',
    "[2026-11-27 10:00:03] NOTICE[1640] chan_sip.c: Peer '100' is now Reachable. (19ms / 2000ms)",
    '[2026-11-27 10:00:04] SECURITY[1204] res_security_log.c: SecurityEvent="InvalidPassword",EventTV="1368439853-500975",Severity="Error",Service="SIP",EventVersion="1",AccountID="100",SessionID="0x7f8ecc0421f8",LocalAddress="IPV4/UDP/10.0.0.1/5060",RemoteAddress="IPV4/UDP/198.51.100.7/5070"',
    "[2026-11-27 10:00:05] NOTICE[19388] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '\"1000\" <sip:1000@10.0.0.1>' failed for '203.0.113.5:48336' (callid: 276666022) - No matching endpoint found",
    "[2026-11-27 10:00:06] NOTICE[3453] chan_sip.c: hacking attempt detected '192.0.2.10'",
    '[2026-11-27 10:00:07] WARNING[8447][C-00000244] Ext. s: "Rejecting unknown SIP connection from [2001:db8::1]:5060"',
    "[2026-11-27 10:00:08] NOTICE[31554] manager.c: 192.0.2.99 tried to authenticate with nonexistent user 'admin'",
    "[2026-11-27 10:00:09] NOTICE[1638] chan_sip.c: Registration from '<sip:301@example.com>' failed for '10.1.1.1' - Wrong password",
    "Nov 27 10:00:10 pbx asterisk[2350]: NOTICE[1195]: chan_sip.c:23417 in handle_request_register: Registration from '<sip:301@example.com>' failed for '192.0.2.11:36998' - Wrong password",
  ].join('\n') + '\n');
  const r = await cli(['asterisk', 'asterisk-demo.log']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Use   failregex filter file : asterisk, basedir: \/etc\/fail2ban/);
  assert.match(r.out, /Prefregex: 9 total/);
  assert.match(r.out, /\|   1\) \[3\] \^Registration from/);
  assert.match(r.out, /\|  \[9\] \{\^LN-BEG\}ExYear/);
  assert.match(r.out, /\|  \[1\] \{\^LN-BEG\}\(\?:DAY \)\?MON Day %k:Minute:Second/);
  assert.match(r.out, /Lines: 10 lines, 0 ignored, 8 matched, 2 missed/);
  assert.match(r.out, /\|- Missed line\(s\):\n\|  \[2026-11-27 10:00:02\] VERBOSE/);
  const j = JSON.parse((await cli(['--json', 'asterisk', 'asterisk-demo.log'])).out);
  assert.deepEqual(j.matches.map((m: { host: string }) => m.host), ['192.0.2.10', '198.51.100.7', '203.0.113.5', '192.0.2.10', '2001:db8::1', '192.0.2.99', '10.1.1.1', '192.0.2.11']);
});

test('the pipeline never throws on any line (property test), and always accounts for each line once', async () => {
  const fc = (await import('fast-check')).default;
  const t = tester(DEF);
  const lineArb = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.constantFrom('[2026-11-27 10:00:01] NOTICE[1] x: ', '[Nov 27 10:00:01] ', '@4000000037c219bf2ef02e94 ', '1764237601.123 ', "hacking attempt detected '").chain((p) => fc.string({ maxLength: 80 }).map((s) => p + s)),
  );
  fc.assert(
    fc.property(fc.array(lineArb, { maxLength: 8 }), (lines) => {
      const before = { ...t.report };
      const text = lines.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n') + '\n';
      t.feed(text);
      const r = t.report;
      assert.equal(r.lines - before.lines, (r.matched - before.matched) + (r.ignored - before.ignored) + (r.missed - before.missed));
    }),
    { numRuns: 400 },
  );
});

test('1.1 keeps prefregex groups a failregex leaves unset; 1.0 lets the failregex\'s unset value win', () => {
  const def: FilterDefinition = { prefregex: '^<F-USER>\\w+</F-USER>: <F-CONTENT>.+</F-CONTENT>$', failregex: ['^fail from <HOST>( as <F-USER>\\w+</F-USER>)?$'], ignoreregex: [] };
  const line = 'alice: fail from 192.0.2.1';
  const g10 = testText(tester(def), line).matches[0].groups;
  const g11 = testText(tester(def, { version: '1.1' }), line).matches[0].groups;
  assert.equal(g10.user, null);
  assert.equal(g11.user, 'alice');
});

test('bulk scans drop captures they do not need, and only those', () => {
  // a group referred back to by name stays; classes and escapes are not groups
  assert.equal(uncaptured('(?<Y>\\d+)(?<s>[-/(])x\\k<s>(a|b)\\((?=c)(?<!d)'), '(?:\\d+)(?<s>[-/(])x\\k<s>(?:a|b)\\((?=c)(?<!d)');
  // a numbered back reference keeps the unnamed groups it may need
  assert.equal(uncaptured('(a)(?<n>b)\\1'), '(a)(?:b)\\1');
  for (const src of ['(?<Y>20\\d\\d)-(\\d\\d)', '[(](x)', '(?:a|(b))+\\)']) {
    const re = new RegExp(uncaptured(src));
    assert.deepEqual(['2024-05', '(x', 'bb)'].map((s) => re.test(s)), ['2024-05', '(x', 'bb)'].map((s) => new RegExp(src).test(s)), src);
  }
});
