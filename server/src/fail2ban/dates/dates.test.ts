import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DateDetector, templatesFor } from './detector';
import { exYearRe, fieldsToTime } from './strptime';

process.env.TZ = 'UTC';
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0) / 1000;

test('%ExY follows fail2ban: years 2000-2029 in 2026, 2000-2039 from 2027', () => {
  assert.equal(exYearRe(2026), '(?P<Y>20[012]\\d)');
  assert.equal(exYearRe(2027), '(?P<Y>20[0123]\\d)');
});

test('{^LN-BEG} selects 17 templates in fail2ban\'s order, with fail2ban\'s names and regexes', () => {
  const t = templatesFor('{^LN-BEG}', { nowYear: 2026 });
  assert.equal(t.length, 17);
  assert.equal(t[0].name, '{^LN-BEG}ExYear(?P<_sep>[-/.])Month(?P=_sep)Day(?:T|  ?)24hour:Minute:Second(?:[.,]Microseconds)?(?:\\s*Zone offset)?');
  assert.equal(t[0].pyRegex, '^(?:\\W{0,2})?((?P<Y>20[012]\\d)(?P<_sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=_sep)(?P<d>[1-2]\\d|[0 ]?[1-9]|3[0-1])(?:T|  ?)(?P<H>[0-1]?\\d|2[0-3]):(?P<M>[0-5]?\\d):(?P<S>[0-5]?\\d|6[0-1])(?:[.,](?P<f>[0-9]{1,6}))?(?:\\s*(?P<z>Z|UTC|GMT|[+-][01]\\d(?::?\\d{2})?))?)(?=\\b|\\W|$)');
  assert.equal(t[7].name, '{^LN-BEG}Epoch');
  assert.equal(t[13].name, '{^LN-BEG}TAI64N');
  assert.equal(t[16].name, '^MON-Day-ExYear2 %k:Minute:Second');
  assert.equal(templatesFor(undefined, { nowYear: 2026 }).length, 31);
});

function cut(dp: string | undefined, line: string) {
  const d = new DateDetector(templatesFor(dp, { nowYear: 2026 }));
  const m = d.matchTime(line);
  if (!m) return undefined;
  return { rest: line.slice(0, m.start) + line.slice(m.end), time: DateDetector.timeOf(m, { now: NOW }) };
}

test('only group 1 is cut; {^LN-BEG} skips up to two non-word characters', () => {
  assert.deepEqual(cut('{^LN-BEG}', '[2026-11-27 10:00:01] NOTICE[1] x'), { rest: '[] NOTICE[1] x', time: Date.UTC(2026, 10, 27, 10, 0, 1) / 1000 });
  assert.equal(cut('{^LN-BEG}', 'host [2026-11-27 10:00:01] x'), undefined);
  assert.equal(cut('^[^\\[]*\\[({DATE})', '1.2.3.4 - - [27/Nov/2026:10:00:01 +0100] "GET /"')?.rest, '1.2.3.4 - - [] "GET /"');
});

test('year-less dates take the current year, the previous one when more than a day ahead', () => {
  assert.equal(cut('{^LN-BEG}', 'Nov 27 10:00:01 pbx x')?.time, Date.UTC(2026, 10, 27, 10, 0, 1) / 1000);
  assert.equal(cut('{^LN-BEG}', 'Dec 24 10:00:01 pbx x')?.time, Date.UTC(2025, 11, 24, 10, 0, 1) / 1000);
});

test('Epoch, TAI64N, {NONE}, zones and invalid dates', () => {
  assert.equal(cut('Epoch', '1764237601.500 sshd x')?.time, 1764237601.5);
  assert.equal(cut('Epoch', '1764237601.5 sshd x')?.time, 1764237601, 'fraction needs 3-6 digits');
  assert.equal(cut('{^LN-BEG}TAI64N', '@4000000037c219bf2ef02e94 x')?.time, 0x37c219bf);
  assert.equal(cut('{NONE}', 'no date here')?.rest, 'no date here', '{NONE} matches an empty date at the start');
  assert.equal(cut('^%Y-%m-%d %H:%M:%S %z', '2026-11-27 10:00:01 +0100 x')?.time, Date.UTC(2026, 10, 27, 9, 0, 1) / 1000);
  assert.equal(fieldsToTime({ Y: '2026', m: '2', d: '30' }, { now: NOW }), undefined);
  assert.throws(() => templatesFor('^%Y %Q', { nowYear: 2026 }), /Failed to set datepattern/);
});
