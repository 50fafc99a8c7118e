import test from 'node:test';
import assert from 'node:assert/strict';
import { at, run, SH } from './ruleTesting';

test('IPT310 fires on a script of -A lines with no flush and no set -e', () => {
  assert.deepEqual(at(run('IPT310', '#!/bin/sh\niptables -A INPUT -i lo -j ACCEPT\niptables -A INPUT -j DROP\n', SH)), ['2:1']);
});

test('IPT310 stays quiet with set -e, a flush, iptables-restore, or in restore files', () => {
  assert.deepEqual(run('IPT310', 'set -eu\niptables -A INPUT -j DROP\n', SH), []);
  assert.deepEqual(run('IPT310', 'iptables -F\niptables -A INPUT -j DROP\n', SH), []);
  assert.deepEqual(run('IPT310', 'iptables-restore < /etc/iptables/rules.v4\niptables -A INPUT -j DROP\n', SH), []);
  assert.deepEqual(run('IPT310', '*filter\n-A INPUT -j DROP\nCOMMIT\n'), []);
});
