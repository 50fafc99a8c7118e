import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { COMMANDS } from './commands';
import * as engine from './engineCommands';
import { testFilterCommand } from './testFilter';

test('each lazily loaded command has the name, summary and usage of the command it loads', () => {
  const real = [engine.checkCommand, engine.fixCommand, engine.rulesCommand, testFilterCommand, engine.credsCommand];
  assert.deepEqual(COMMANDS.map((c) => c.name), real.map((c) => c.name));
  for (const [i, c] of COMMANDS.entries()) {
    assert.equal(c.summary, real[i].summary, c.name);
    assert.equal(c.usage, real[i].usage, c.name);
  }
});

test('the bundled dispatcher requires each command bundle by a file name the build writes', () => {
  const dist = path.resolve(__dirname, '..', '..', '..', '..', 'dist');
  const cli = fs.readFileSync(path.join(dist, 'cli.js'), 'utf8');
  const required = [...cli.matchAll(/require\("\.\/(cli-[\w-]+\.js)"\)/g)].map((m) => m[1]).sort();
  assert.deepEqual(required, ['cli-engine.js', 'cli-test-filter.js']);
  for (const f of required) assert.ok(fs.existsSync(path.join(dist, f)), f);
  // the dispatcher itself stays small: the engine is not compiled for --help or test-filter
  assert.ok(cli.length < 20_000, `dist/cli.js is ${cli.length} bytes`);
});
