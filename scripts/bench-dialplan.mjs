// Dialplan bench (issue #3): a generated 50,000-line extensions.conf (500 contexts x 20 extensions),
// checked whole-process beside a plain Node read-and-split of the same file and, when its source is
// given, asterisklint's dialplan-check (ALINT_DIR=<checkout of ossobv/asterisklint>; measurement only,
// never a dependency). Then, inside one process, a cold engine analysis against re-analysis after a
// one-line edit (what the language server does on a keystroke).
//
//   node scripts/bench-dialplan.mjs [--runs N] [--keep DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const repo = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 5) || 5;
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;

/** 500 contexts of 100 lines: header, blank, 20 extensions (18 of 5 lines, 2 of 4). */
export function generateDialplan(contexts = 500, extensions = 20) {
  const out = ['[general]', 'static=yes', 'writeprotect=yes', ''];
  for (let c = 0; c < contexts; c++) {
    out.push(`[ctx-${c}]`);
    out.push(c + 1 < contexts ? `include => ctx-${c + 1}` : 'include => ctx-0');
    for (let e = 0; e < extensions; e++) {
      const n = 1000 + e;
      out.push(`exten => ${n},1,NoOp(Call for ${n} in ctx-${c})`);
      out.push(` same => n,Set(CALLERID(name)=Ext ${n})`);
      out.push(` same => n,Dial(PJSIP/acct${c}x${e},25,tT)`);
      if (e < extensions - 2) out.push(` same => n(vm),VoiceMail(${n}@ctx-${c},u)`);
      out.push(' same => n,Hangup()');
    }
  }
  // Trim/pad to exactly 50,000 lines (plus the 4-line [general] preamble folded in).
  return out.slice(0, contexts * 100).join('\n') + '\n';
}

function time(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// CPU time (user+sys) of the child comes from /usr/bin/time when present: on a shared machine wall
// time mostly measures the other processes, CPU time measures the work.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function spawnTimed(cmd, argv, env = {}) {
  const t0 = performance.now();
  const full = gnuTime ? [gnuTime, ['-f', '@@cpu %U %S', cmd, ...argv]] : [cmd, argv];
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  const cpu = m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN;
  return { ms, cpu, status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/@@cpu.*\n?/, '') };
}

const dir = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), 'ah-dpbench-'));
const file = join(dir, 'extensions.conf');
const text = generateDialplan();
writeFileSync(file, text);
const lineCount = text.split('\n').length - 1;
console.log(`dialplan: ${file} (${lineCount} lines, ${(text.length / 1024).toFixed(0)} KiB)`);

// --- whole-process timings ------------------------------------------------------------------------
const cli = join(repo, 'dist', 'cli.js');
const checkArgv = existsSync(cli)
  ? [cli, 'check', file, '--fail-on', 'never']
  : [join(repo, 'scripts', 'bench-dialplan-check.cjs'), file];
const checkLabel = existsSync(cli) ? 'asterisk-harden check (dist/cli.js)' : 'engine check (out/, dist/cli.js absent)';
const floorArgv = ['-e', `const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8').split(/\\r?\\n/);if(!t.length)process.exit(3)`];

const results = {};
const cpuResults = {};
function measure(label, cmd, argv, env) {
  const times = [];
  const cpus = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = spawnTimed(cmd, argv, env);
    times.push(last.ms);
    cpus.push(last.cpu);
  }
  results[label] = median(times);
  cpuResults[label] = median(cpus);
  console.log(`${label.padEnd(40)} wall ${results[label].toFixed(0).padStart(6)} ms, cpu ${cpuResults[label].toFixed(0).padStart(6)} ms (medians of ${runs}, exit ${last.status})`);
  return last;
}
const floor = measure('node read-and-split (floor)', process.execPath, floorArgv);
const check = measure(checkLabel, process.execPath, checkArgv);
if (check.status !== 0 && check.status !== 1) console.log(check.stderr.slice(0, 2000));

const alintDir = process.env.ALINT_DIR;
let alint;
if (alintDir && existsSync(join(alintDir, 'scripts', 'asterisklint'))) {
  alint = measure('asterisklint dialplan-check (python3)', 'python3', [join(alintDir, 'scripts', 'asterisklint'), 'dialplan-check', file], { PYTHONPATH: alintDir });
  if (alint.status !== 0 && !alint.stdout && !alint.stderr.includes(':')) console.log(alint.stderr.slice(0, 2000));
} else {
  console.log('asterisklint: ALINT_DIR not set (a checkout of ossobv/asterisklint); comparison skipped');
}

const ratio = (a, b, r) => (r[a] / r[b]).toFixed(1);
const FLOOR = 'node read-and-split (floor)';
const ALINT = 'asterisklint dialplan-check (python3)';
console.log('');
console.log(`check / floor:        wall ${ratio(checkLabel, FLOOR, results)}x, cpu ${ratio(checkLabel, FLOOR, cpuResults)}x`);
if (alint) console.log(`asterisklint / check: wall ${ratio(ALINT, checkLabel, results)}x, cpu ${ratio(ALINT, checkLabel, cpuResults)}x (target >= 10x)`);

// --- in-process: cold analysis vs re-analysis after a one-line edit --------------------------------
const require = createRequire(import.meta.url);
const out = join(repo, 'out', 'server', 'src');
const { createEngine } = require(join(out, 'plugins.js'));
const { OverlayFileSystem, MemoryFileSystem } = require(join(out, 'engine', 'fs.js'));
const { resolveSettings } = require(join(out, 'engine', 'settings.js'));
const engine = createEngine();
const settings = resolveSettings({});
const fs = new OverlayFileSystem(new MemoryFileSystem({}));
fs.set(file, text);
const ctx = engine.createContext(settings, fs);
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function both(fn) {
  const w = performance.now();
  const c = cpuNow();
  fn();
  return { wall: performance.now() - w, cpu: cpuNow() - c };
}
let findings = 0;
const cold = both(() => { findings = engine.analyze({ file, language: 'asterisk-conf', text, version: 1 }, ctx).findings.length; });
const lines = text.split('\n');
const edits = [];
const parts = [];
const { buildConfig } = require(join(out, 'asterisk', 'config', 'effective.js'));
const { dialplanOf, attachSource } = require(join(out, 'asterisk', 'dialplan', 'host.js'));
for (let i = 0; i < 9; i++) {
  // Edit one line somewhere in the file, on top of the previous edit (as in an editor).
  const target = 4 + Math.floor(((i + 1) * (lines.length - 10)) / 10);
  lines[target] = `${lines[target]} ; edited ${i}`;
  const t = lines.join('\n');
  fs.set(file, t);
  edits.push(both(() => engine.analyze({ file, language: 'asterisk-conf', text: t, version: i + 2 }, ctx)));
  // For comparison: what a full re-parse (syntax + effective model) of this version would cost, and
  // the dialplan layer on a fresh model of it (unchanged contexts come from its cache).
  const c0 = cpuNow();
  const model = { config: buildConfig({ file, text: t, fs, etcDir: '' }) };
  const c1 = cpuNow();
  attachSource(model, t);
  dialplanOf(model);
  parts.push({ full: c1 - c0, dialplan: cpuNow() - c1 });
}
const warmWall = median(edits.map((e) => e.wall));
const warmCpu = median(edits.map((e) => e.cpu));
console.log('');
console.log(`engine, one process (${findings} findings):`);
console.log(`  cold analysis                 wall ${cold.wall.toFixed(0).padStart(6)} ms, cpu ${cold.cpu.toFixed(0).padStart(6)} ms`);
console.log(`  re-analysis after 1-line edit wall ${warmWall.toFixed(0).padStart(6)} ms, cpu ${warmCpu.toFixed(0).padStart(6)} ms = ${((100 * warmCpu) / cold.cpu).toFixed(1)}% of cold cpu (target < 10%)`);
console.log(`    of which the dialplan layer (cached contexts)  cpu ${median(parts.map((p) => p.dialplan)).toFixed(1).padStart(6)} ms`);
console.log(`    (config model rebuilt without reuse would be: cpu ${median(parts.map((p) => p.full)).toFixed(0).padStart(6)} ms)`);
