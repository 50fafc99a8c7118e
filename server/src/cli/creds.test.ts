import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { credsCommand } from './creds';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd: process.cwd(), env: {} };
  const code = await credsCommand.run(argv, io);
  return { code, out, err };
}

test('creds prints a pjsip endpoint+auth+aor block by default', async () => {
  const r = await run([]);
  assert.equal(r.code, EXIT_OK);
  const m = /^username=([A-Za-z][A-Za-z0-9]{11})$/m.exec(r.out);
  assert.ok(m, r.out);
  const user = m[1];
  assert.match(r.out, new RegExp(`^\\[${user}\\]\\ntype=endpoint`, 'm'));
  assert.match(r.out, /^type=auth$/m);
  assert.match(r.out, /^type=aor$/m);
  assert.match(r.out, /^password=[^\s;#,"'\\=@:[\]]{24}$/m);
});

test('creds --format sip --extension 100 adds deny/permit and the Dial line', async () => {
  const r = await run(['--format', 'sip', '--extension', '100', '--secret-length=30']);
  assert.equal(r.code, EXIT_OK);
  const user = /^\[([A-Za-z0-9]+)\]$/m.exec(r.out)![1];
  assert.match(r.out, /^secret=\S{30}$/m);
  assert.ok(r.out.indexOf('deny=0.0.0.0/0.0.0.0') < r.out.indexOf('permit='));
  assert.match(r.out, new RegExp(`^exten => 100,1,Dial\\(SIP/${user},25\\)$`, 'm'));
});

test('creds --json --format manager gives the fields', async () => {
  const r = await run(['--json', '--format', 'manager', '--username-length', '16']);
  const j = JSON.parse(r.out);
  assert.equal(j.format, 'manager');
  assert.equal(j.file, 'manager.conf');
  assert.equal(j.username.length, 16);
  assert.equal(j.secret.length, 24);
  assert.ok(j.bits >= 140);
  assert.ok(j.block.includes(`secret=${j.secret}`));
  assert.match(j.block, /^write=/m);
});

test('creds refuses lengths under the guide minimums and unknown arguments', async () => {
  for (const argv of [['--secret-length', '12'], ['--username-length', '4'], ['--format', 'h323'], ['--extension', '1;2'], ['--bogus'], ['--format']]) {
    const r = await run(argv);
    assert.equal(r.code, EXIT_USAGE, argv.join(' '));
    assert.equal(r.out, '');
    assert.match(r.err, /asterisk-harden creds: /);
  }
  const h = await run(['--help']);
  assert.equal(h.code, EXIT_OK);
  assert.match(h.out, /--secret-length/);
});
