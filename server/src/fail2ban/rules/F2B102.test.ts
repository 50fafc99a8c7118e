import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../engine/testing';
import { BASE, run, STOCK } from './testkit';

const FILE = `${BASE}/jail.d/provya.conf`;
const JAIL = '[asterisk]\nenabled = true\nlogpath = /var/log/asterisk/fail2ban\nbantime = 10d\n';

test('F2B102 fires when bantime outlives dbpurgeage (the guide\'s 10d vs the default 1d)', () => {
  const f = run('F2B102', FILE, JAIL, STOCK);
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 3);
  assert.equal(f[0].fixes.length, 0, 'no fail2ban.local to edit: the message says what to do');
});

test('F2B102 review fix raises dbpurgeage in an existing fail2ban.local', () => {
  const local = `${BASE}/fail2ban.local`;
  const localText = '[Definition]\n# keep history\nloglevel = INFO\n';
  const f = run('F2B102', FILE, JAIL, { ...STOCK, [local]: localText });
  assert.equal(f[0].fixes[0].kind, 'review');
  const after = applyEdits(local, localText, f[0].fixes[0].edits);
  assert.equal(after, '[Definition]\n# keep history\nloglevel = INFO\ndbpurgeage = 11d\n');
  assert.equal(run('F2B102', FILE, JAIL, { ...STOCK, [local]: after }).length, 0);
});

test('F2B102 is silent when bantime fits in dbpurgeage', () => {
  assert.equal(run('F2B102', FILE, JAIL.replace('10d', '12h'), STOCK).length, 0);
  assert.equal(run('F2B102', FILE, JAIL, { ...STOCK, [`${BASE}/fail2ban.conf`]: '[Definition]\ndbpurgeage = 30d\n' }).length, 0);
});
