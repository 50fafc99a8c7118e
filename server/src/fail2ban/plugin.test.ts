import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Engine } from '../engine/analyze';
import { MemoryFileSystem } from '../engine/fs';
import { resolveSettings } from '../engine/settings';
import { checkAll, ids } from '../engine/testing';
import { fail2banPlugin } from './plugin';

const FILE = '/ws/fail2ban/jail.d/provya.conf';
// The hardening guide's jail, as written (examples/fail2ban/jail.d/provya.conf).
const GUIDE = `[asterisk-provya]
enabled  = true
ignoreip = 127.0.0.1 1.2.3.4
filter   = asterisk
action   = iptables-allports[name=asterisk, protocol=all]
logpath  = /var/log/asterisk/fail2ban
findtime  = 10m
maxretry = 3
bantime  = 10d
`;

function run(text: string) {
  return checkAll([fail2banPlugin], FILE, text, { language: 'fail2ban-conf' });
}

test('the guide\'s jail: bantime 10d outlives dbpurgeage and is a long fixed ban', () => {
  const f = run(GUIDE).filter((x) => !x.suppressed);
  assert.deepEqual(ids(f), ['F2B102@9:1', 'F2B109@9:1']);
  assert.ok(f.every((x) => x.file === FILE && x.slug && x.message.length > 40));
});

test('suppression comments use # or ; and disable-file stops at the first section', () => {
  const line = run(GUIDE.replace('bantime  = 10d', '# asterisk-harden disable=F2B109 policy: fixed bans\nbantime  = 10d'));
  assert.deepEqual(ids(line.filter((x) => !x.suppressed)), ['F2B102@10:1']);
  const file = run('; asterisk-harden disable-file=F2B102 reviewed\n' + GUIDE);
  assert.deepEqual(ids(file.filter((x) => !x.suppressed)), ['F2B109@10:1']);
  const late = run(GUIDE + '# asterisk-harden disable-file=F2B102 too late\n');
  assert.ok(ids(late.filter((x) => !x.suppressed)).includes('F2B102@9:1'));
  const ctx = new Engine([fail2banPlugin]).createContext(resolveSettings({}), new MemoryFileSystem({}));
  assert.equal(fail2banPlugin.fileSuppressionLimit!(fail2banPlugin.parse({ file: FILE, language: 'fail2ban-conf', text: '# c\n\n[x]\n' }, ctx)), 2);
});
