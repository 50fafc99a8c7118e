import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const dist = path.resolve(__dirname, '..', '..', '..', '..', 'dist');
const tiny = fs.mkdtempSync(path.join(os.tmpdir(), 'ah-codecache-'));
fs.writeFileSync(path.join(tiny, 'extensions.conf'), '[general]\nstatic=yes\nwriteprotect=yes\n');

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(dist, 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, ASTERISK_HARDEN_DEBUG_CODE_CACHE: '1', ...env } });
}

test('the built CLI loads its parts with the V8 code cache the build wrote, and V8 accepts it', () => {
  for (const f of ['cli-engine.v8cache', 'cli-test-filter.v8cache']) assert.ok(fs.existsSync(path.join(dist, f)), `${f} written by the build`);
  const check = run(['check', '--fail-on', 'never', tiny]);
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stderr, /code cache accepted: cli-engine\.js/);
  const tf = run(['test-filter', "detected '<HOST>'", "[2026-11-27 10:00:04] NOTICE[4] chan_sip.c: hacking attempt detected '192.0.2.1'"]);
  assert.equal(tf.status, 0, tf.stderr);
  assert.match(tf.stderr, /code cache accepted: cli-test-filter\.js/);
  assert.match(tf.stdout, /Lines: 1 lines, 0 ignored, 1 matched, 0 missed/);
});

test('a cache V8 rejects, or none, changes nothing but speed', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ah-codecache-dist-'));
  for (const f of fs.readdirSync(dist)) if (/^cli.*\.js$|^zxcvbn.*\.js$|^filterWorker\.js$/.test(f)) fs.copyFileSync(path.join(dist, f), path.join(copy, f));
  fs.writeFileSync(path.join(copy, 'cli-engine.v8cache'), Buffer.from('not a V8 code cache'));
  const expected = run(['check', '--format', 'json', '--fail-on', 'never', tiny]);
  const rejected = spawnSync(process.execPath, [path.join(copy, 'cli.js'), 'check', '--format', 'json', '--fail-on', 'never', tiny], { encoding: 'utf8', env: { ...process.env, ASTERISK_HARDEN_DEBUG_CODE_CACHE: '1' } });
  assert.match(rejected.stderr, /code cache rejected: cli-engine\.js/);
  assert.equal(rejected.stdout, expected.stdout);
  const absent = spawnSync(process.execPath, [path.join(copy, 'cli.js'), 'test-filter', "detected '<HOST>'", "[2026-11-27 10:00:04] NOTICE[4] chan_sip.c: hacking attempt detected '192.0.2.1'"], { encoding: 'utf8' });
  assert.equal(absent.status, 0, absent.stderr);
  assert.match(absent.stdout, /1 matched/);
});
