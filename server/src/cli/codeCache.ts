/**
 * Loads a sibling bundle of dist/cli.js (cli-engine.js, cli-test-filter.js) with V8's code cache
 * when the build wrote one beside it (`<bundle>.v8cache`, scripts/bundle.mjs): compiling the 640 KB
 * engine bundle is most of the start of a `check` run (~50 ms of ~90 here), and a CLI runs once per
 * file set in CI. A cache V8 rejects (another Node version, a rebuilt bundle, other V8 flags) only
 * costs reading it: the bundle is then compiled as usual. With ASTERISK_HARDEN_WRITE_CODE_CACHE=1 the
 * process writes the cache on exit, functions compiled by that run included (the build does this);
 * with ASTERISK_HARDEN_DEBUG_CODE_CACHE=1 it tells on stderr whether V8 took the cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

export function requireBundle(file: string): unknown {
  const cacheFile = file.replace(/\.js$/, '.v8cache');
  const write = process.env.ASTERISK_HARDEN_WRITE_CODE_CACHE === '1';
  let cachedData: Buffer | undefined;
  let script: vm.Script;
  try {
    if (!write) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache beside the bundle
  }
  if (!cachedData && !write) return require(file);
  try {
    script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  } catch {
    return require(file);
  }
  if (process.env.ASTERISK_HARDEN_DEBUG_CODE_CACHE === '1') {
    process.stderr.write(`code cache ${!cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'}: ${path.basename(file)}\n`);
  }
  const mod = { exports: {} as unknown, id: file, filename: file, loaded: false };
  const fn = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  if (write) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  return mod.exports;
}
