import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Engine } from '../engine/analyze';
import { MemoryFileSystem } from '../engine/fs';
import type { ParsedFile } from '../engine/rule';
import { resolveSettings } from '../engine/settings';
import { fail2banPlugin } from './plugin';
import type { Fail2banModel } from './model';

const B = '/ws/fail2ban';
const FILES: Record<string, string> = {
  [`${B}/jail.conf`]: '[DEFAULT]\nbantime = 10m\nlogs = /var/log\n[asterisk]\nport = 5060\n',
  [`${B}/filter.d/asterisk.conf`]: '[INCLUDES]\nbefore = common.conf\n[Definition]\nfailregex = ^<HOST>\n',
  [`${B}/filter.d/common.conf`]: '[DEFAULT]\n',
  [`${B}/filter.d/sshd.conf`]: '[Definition]\nfailregex = ^<HOST>\n',
  [`${B}/action.d/iptables-allports.conf`]: '[Definition]\n',
};

function open(file: string, text: string) {
  const engine = new Engine([fail2banPlugin]);
  const ctx = engine.createContext(resolveSettings({}), new MemoryFileSystem({ ...FILES, [file]: text }));
  const parsed = engine.parse({ file, language: 'fail2ban-conf', text }, ctx) as ParsedFile<Fail2banModel>;
  return { parsed, ctx, s: fail2banPlugin.services! };
}

const LOCAL = `${B}/jail.local`;
const TEXT = '[asterisk]\nenabled = true\nfilter = asterisk\naction = iptables-allports[name=asterisk]\nlogpath = %(logs)s/asterisk\nbantime = 1h\n\n[sshd]\nen\n';

test('hover on a jail option: meaning, default and the effective value with its origin', () => {
  const { parsed, ctx, s } = open(LOCAL, TEXT);
  const h = s.hover!(parsed, { line: 5, character: 2 }, ctx)!;
  assert.match(h.contents, /How long an address stays banned/);
  assert.match(h.contents, /Default: `10m`/);
  assert.match(h.contents, /Effective in \[asterisk\]: `1h` \(from jail.local:6/);
  const r = s.hover!(parsed, { line: 4, character: 12 }, ctx)!;
  assert.match(r.contents, /%\(logs\)s` = `\/var\/log`/);
  assert.equal(s.hover!(parsed, { line: 6, character: 0 }, ctx), undefined);
});

test('completion: option names in a jail, filter names after filter =, action names after action =', () => {
  const { parsed, ctx, s } = open(LOCAL, TEXT);
  const opts = s.completion!(parsed, { line: 8, character: 2 }, ctx).map((c) => c.label);
  assert.ok(opts.includes('enabled') && opts.includes('maxretry') && opts.includes('ignoreip'));
  const filters = s.completion!(parsed, { line: 2, character: 9 }, ctx).map((c) => c.label);
  assert.deepEqual(filters, ['asterisk', 'common', 'sshd']);
  const actions = s.completion!(parsed, { line: 3, character: 9 }, ctx).map((c) => c.label);
  assert.deepEqual(actions, ['iptables-allports']);
});

test('symbols: sections as jails with their options; folding of sections', () => {
  const { parsed, ctx, s } = open(LOCAL, TEXT);
  const syms = s.symbols!(parsed, ctx);
  assert.deepEqual(syms.map((x) => [x.name, x.kind]), [['asterisk', 'jail'], ['sshd', 'jail']]);
  assert.deepEqual(syms[0].children!.map((c) => c.name), ['enabled', 'filter', 'action', 'logpath', 'bantime']);
  assert.deepEqual(s.folding!(parsed, ctx).filter((f) => f.kind === 'region').map((f) => [f.startLine, f.endLine]), [[0, 5], [7, 8]]);
});

test('definition: filter name -> filter file, action name -> action file, %(x)s -> its definition, include -> file', () => {
  const { parsed, ctx, s } = open(LOCAL, TEXT);
  assert.deepEqual(s.definition!(parsed, { line: 2, character: 11 }, ctx).map((l) => l.file), [`${B}/filter.d/asterisk.conf`]);
  assert.deepEqual(s.definition!(parsed, { line: 3, character: 12 }, ctx).map((l) => l.file), [`${B}/action.d/iptables-allports.conf`]);
  assert.deepEqual(s.definition!(parsed, { line: 3, character: 32 }, ctx), [], 'an option inside [...] is not a file');
  const d = s.definition!(parsed, { line: 4, character: 13 }, ctx);
  assert.deepEqual(d, [{ file: `${B}/jail.conf`, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } } }]);
  const f = open(`${B}/filter.d/asterisk.conf`, FILES[`${B}/filter.d/asterisk.conf`]);
  assert.deepEqual(f.s.definition!(f.parsed, { line: 1, character: 11 }, f.ctx).map((l) => l.file), [`${B}/filter.d/common.conf`]);
});
