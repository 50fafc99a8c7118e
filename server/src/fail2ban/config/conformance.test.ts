/**
 * The reader against the real fail2ban: a copy of the installed /etc/fail2ban plus a jail.local and a
 * tricky test filter is dumped with `fail2ban-client -c DIR -d` (fail2ban's own reader, no server) and
 * compared with resolveJails/resolveFilter on the same directory.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DiskFileSystem } from '../../engine/fs';
import { resolveJails } from './jail';
import { resolveFilter } from './filter';

const SYS = '/etc/fail2ban';

const JAIL_LOCAL = `[DEFAULT]
bantime = 1h
[asterisk]
enabled = true
[sshd]
mode = aggressive
findtime: 20m
[t1]
enabled = true
filter = t1[myopt=from-jail]
logpath = /etc/hostname
maxretry = 3 ; inline comment
`;

const T1_CONF = `[INCLUDES]
before = common.conf
[Init]
myopt = from-init
[Definition]
_daemon = t1d
failregex = ^A <HOST> # not a comment
            ^B <HOST> ;inline comment removed
            ^C <HOST>;kept
  # full comment line inside continuation

            ^D <HOST>   
    ; another comment line
            ^E %(__prefix_line)s<HOST> <myopt> <F-USER>\\S+</F-USER>
IgnoreRegex: ^ignored <HOST>
datepattern = ^%%Y-%%m-%%d %%H:%%M:%%S
              {^LN-BEG}
`;

const T1_LOCAL = `[Definition]
failregex = %(known/failregex)s
            ^F local <HOST>
`;

function fail2banDump(dir: string): unknown[][] | undefined {
  const r = spawnSync('sh', ['-c', `fail2ban-client -c '${dir}' -d 2>/dev/null | /usr/bin/python3 -c "import sys,ast,json
for l in sys.stdin:
  if l.startswith('['): print(json.dumps(ast.literal_eval(l)))"`], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout) return undefined;
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown[]);
}

test('resolved jails and filters equal fail2ban-client -d (installed fail2ban)', (t) => {
  const hasClient = spawnSync('sh', ['-c', 'command -v fail2ban-client'], { encoding: 'utf8' }).status === 0;
  if (!fs.existsSync(SYS) || !hasClient) {
    t.skip('fail2ban (/etc/fail2ban, fail2ban-client) absent');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ah-f2b-'));
  try {
    fs.cpSync(SYS, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'jail.local'), JAIL_LOCAL);
    fs.writeFileSync(path.join(dir, 'filter.d', 't1.conf'), T1_CONF);
    fs.writeFileSync(path.join(dir, 'filter.d', 't1.local'), T1_LOCAL);
    const dump: unknown[][] = fail2banDump(dir) ?? [];
    assert.ok(dump.length > 10, 'fail2ban-client -d produced a command stream');
    const ours = resolveJails({ dirs: { fs: new DiskFileSystem(), bases: [dir] }, version: '1.0' });
    const enabled = ours.jails.filter((j) => j.enabled).map((j) => j.name).sort();
    const theirsJails = dump.filter((c) => c[0] === 'add').map((c) => c[1] as string).sort();
    assert.deepEqual(enabled, theirsJails);
    let compared = 0;
    for (const name of ['asterisk', 'sshd', 't1']) {
      const jail = ours.jails.find((j) => j.name === name)!;
      const flt = jail.filter();
      assert.ok(flt, `filter of ${name} resolves`);
      const cmds: unknown[][] = dump.filter((c) => c[1] === name);
      const set = (opt: string) => cmds.find((c) => c[0] === 'set' && c[2] === opt)?.[3];
      const fails = cmds.filter((c) => c[2] === 'addfailregex').flatMap((c) => (c[0] === 'multi-set' ? (c[3] as string[]) : [c[3] as string]));
      assert.deepEqual(flt.failregex.map((r) => r.text), fails, `${name} failregex`);
      const ign = cmds.filter((c) => c[2] === 'addignoreregex').flatMap((c) => (c[0] === 'multi-set' ? (c[3] as string[]) : [c[3] as string]));
      assert.deepEqual(flt.ignoreregex.map((r) => r.text), ign, `${name} ignoreregex`);
      assert.equal(flt.prefregex?.text, set('prefregex'), `${name} prefregex`);
      assert.equal(flt.datepattern?.text, set('datepattern'), `${name} datepattern`);
      const jm = cmds.filter((c) => c[2] === 'addjournalmatch').map((c) => (c.slice(3) as string[]).join(' '));
      assert.deepEqual(flt.journalmatch, jm, `${name} journalmatch`);
      if (set('maxlines') !== undefined) assert.equal(flt.maxlines, set('maxlines'));
      for (const opt of ['maxretry', 'maxmatches']) assert.equal(Number(jail.get(opt)?.value), set(opt), `${name} ${opt}`);
      for (const opt of ['findtime', 'bantime', 'usedns', 'ignorecommand', 'logencoding']) assert.equal(jail.get(opt)?.value, set(opt), `${name} ${opt}`);
      const actions = cmds.filter((c) => c[2] === 'addaction').length;
      assert.equal(jail.actions().length, actions, `${name} action count`);
      compared += fails.length;
    }
    assert.ok(compared > 40, `compared ${compared} failregexes`);
    // The t1 filter exercises comments, blank lines, ':' delimiters, [Init] vs jail-given options and known/.
    const t1 = ours.jails.find((j) => j.name === 't1')!.filter()!;
    assert.equal(t1.failregex[0].text, '^A <HOST> # not a comment');
    assert.match(t1.failregex[4].text, /from-jail/);
    // The source map points the expanded text back at the filter file.
    const loc = t1.failregex[1].origin!;
    assert.equal(path.basename(loc.file), 't1.conf');
    assert.equal(loc.line, 7);
    assert.equal(loc.character, 12);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Every stock filter with fail2ban's own FilterReader: default options, backend systemd (logtype journal), every mode. */
const DUMP_FILTERS = `import sys, os, json
from fail2ban.client.filterreader import FilterReader
base = sys.argv[1]
MODES = ['normal', 'ddos', 'extra', 'aggressive', 'more', 'rbl', 'auth', 'auth2', 'errors', 'fallback']
out = []
for fn in sorted(os.listdir(os.path.join(base, 'filter.d'))):
    if not fn.endswith('.conf'): continue
    name = fn[:-5]
    text = open(os.path.join(base, 'filter.d', fn), encoding='utf-8').read()
    # Modes only matter to filters that read them (<mode>, %(mode)s, mdre-<mode>).
    modes = MODES if 'mode' in text else []
    variants = [('auto', {})] + [('systemd', {})] + [('auto', {'mode': m}) for m in modes]
    for backend, opts in variants:
        d = {'name': name, 'backend': backend, 'opts': opts, 'fail': [], 'ignore': [], 'jm': []}
        try:
            r = FilterReader(name, 'j', dict(opts), basedir=base)
            if not r.read(): d['error'] = 'read'
            else:
                r.applyAutoOptions(backend)
                r.getOptions(None)
                for c in r.convert():
                    if c[2] == 'addfailregex': d['fail'] += (c[3] if c[0]=='multi-set' else [c[3]])
                    elif c[2] == 'addignoreregex': d['ignore'] += (c[3] if c[0]=='multi-set' else [c[3]])
                    elif c[2] == 'addjournalmatch': d['jm'].append(' '.join(c[3:]))
                    else: d[c[2]] = c[3]
        except Exception as e:
            d['error'] = type(e).__name__
        out.append(d)
print(json.dumps(out))
`;

test('every stock filter resolves like fail2ban FilterReader (file/journal logtype, every mode)', (t) => {
  if (!fs.existsSync(path.join(SYS, 'filter.d')) || spawnSync('/usr/bin/python3', ['-c', 'import fail2ban']).status !== 0) {
    t.skip('fail2ban (/etc/fail2ban/filter.d, python3 fail2ban module) absent');
    return;
  }
  const r = spawnSync('/usr/bin/python3', ['-c', DUMP_FILTERS, SYS], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  const theirs = JSON.parse(r.stdout) as ({ name: string; backend: string; opts: Record<string, string>; error?: string } & Record<string, unknown>)[];
  const diffs: string[] = [];
  let same = 0;
  for (const d of theirs) {
    const f = resolveFilter(d.name, d.opts, { dirs: { fs: new DiskFileSystem(), bases: [SYS] }, version: '1.0', backend: d.backend });
    if (d.error) {
      // fail2ban refuses it (selinux-common.conf alone): we must report a problem too.
      if (!f?.problems.length) diffs.push(`${d.name} ${JSON.stringify(d.opts)}: fail2ban fails (${d.error}), we report nothing`);
      continue;
    }
    assert.ok(f, d.name);
    const mine: Record<string, unknown> = { fail: f.failregex.map((x) => x.text), ignore: f.ignoreregex.map((x) => x.text), jm: f.journalmatch };
    if (f.prefregex) mine.prefregex = f.prefregex.text;
    if (f.datepattern) mine.datepattern = f.datepattern.text;
    if (f.maxlines !== undefined) mine.maxlines = f.maxlines;
    if (f.usedns !== undefined) mine.usedns = f.usedns;
    const { name: _n, backend: _b, opts: _o, ...ref } = d;
    const norm = (o: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(o).sort()));
    if (norm(mine) === norm(ref)) same++;
    else diffs.push(`${d.name} ${d.backend} ${JSON.stringify(d.opts)}`);
  }
  assert.deepEqual(diffs, []);
  assert.ok(same > 250, `${same} filter variants identical`);
});

test('every stock jail (all enabled) resolves like fail2ban-client -d', (t) => {
  const hasClient = spawnSync('sh', ['-c', 'command -v fail2ban-client'], { encoding: 'utf8' }).status === 0;
  if (!fs.existsSync(SYS) || !hasClient) {
    t.skip('fail2ban (/etc/fail2ban, fail2ban-client) absent');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ah-f2b-all-'));
  try {
    fs.cpSync(SYS, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'jail.local'), '[DEFAULT]\nenabled = true\n');
    const dump: unknown[][] = fail2banDump(dir) ?? [];
    const added = dump.filter((c) => c[0] === 'add').map((c) => c[1] as string);
    assert.ok(added.length > 50, `${added.length} jails in fail2ban's dump`);
    const ours = resolveJails({ dirs: { fs: new DiskFileSystem(), bases: [dir] }, version: '1.0' });
    assert.deepEqual(ours.jails.filter((j) => j.enabled).map((j) => j.name).sort(), [...added].sort());
    const diffs: string[] = [];
    for (const name of added) {
      const jail = ours.jails.find((j) => j.name === name)!;
      const cmds = dump.filter((c) => c[1] === name);
      const set = (opt: string) => cmds.find((c) => c[0] === 'set' && c[2] === opt)?.[3];
      const fails = cmds.filter((c) => c[2] === 'addfailregex').flatMap((c) => (c[0] === 'multi-set' ? (c[3] as string[]) : [c[3] as string]));
      const flt = jail.filter();
      if (JSON.stringify(flt?.failregex.map((r) => r.text)) !== JSON.stringify(fails)) diffs.push(`${name} failregex`);
      if (flt?.prefregex?.text !== set('prefregex')) diffs.push(`${name} prefregex`);
      if (flt?.datepattern?.text !== set('datepattern')) diffs.push(`${name} datepattern`);
      for (const opt of ['findtime', 'bantime', 'usedns', 'ignorecommand', 'logencoding']) if (jail.get(opt)?.value !== set(opt)) diffs.push(`${name} ${opt}`);
      for (const opt of ['maxretry', 'maxmatches']) if (Number(jail.get(opt)?.value) !== set(opt)) diffs.push(`${name} ${opt}`);
      if (jail.actions().length !== cmds.filter((c) => c[2] === 'addaction').length) diffs.push(`${name} actions`);
    }
    assert.deepEqual(diffs, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
