import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { BASE, run } from './testkit';
import { str2seconds } from '../config/time';

const FILE = `${BASE}/jail.local`;

test('F2B009 fires on time values fail2ban cannot evaluate', () => {
  const f = run('F2B009', FILE, '[DEFAULT]\nbantime = 10 minutes please\nfindtime = 1x\n');
  assert.equal(f.length, 2);
  assert.equal(f[0].range.start.line, 1);
});

test('F2B009 is silent for fail2ban time expressions', () => {
  assert.equal(run('F2B009', FILE, '[DEFAULT]\nbantime = 1d12h\nfindtime = 600\nbantime.maxtime = 1w\n[sshd]\nbantime = -1\nfindtime = 1h-10m\n').length, 0);
});

test('str2seconds follows MyTime.str2seconds', () => {
  assert.equal(str2seconds('10m'), 600);
  assert.equal(str2seconds('1d12h'), 129600);
  assert.equal(str2seconds('1h 30m'), 5400);
  assert.equal(str2seconds('1year-6mo'), 15778800);
  assert.equal(str2seconds('2*1h'), 7200);
  assert.equal(str2seconds('abc'), undefined);
});
