import test from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, at, restore, run, SH } from './ruleTesting';

test('IPT102 fires on -A to a chain never created, and the fix inserts -N before it', () => {
  const text = 'iptables -A INPUT -j ACCEPT\n  iptables -A asterisk-provya -j RETURN\n';
  const f = run('IPT102', text, SH);
  assert.deepEqual(at(f), ['2:15']);
  assert.equal(applyFix(text, f[0], 0, SH), 'iptables -A INPUT -j ACCEPT\n  iptables -N asterisk-provya\n  iptables -A asterisk-provya -j RETURN\n');
});

test('IPT102 knows each table\'s built-in chains and -t', () => {
  assert.deepEqual(at(run('IPT102', restore('-A PREROUTING -j ACCEPT'))), ['2:4']);
  assert.deepEqual(run('IPT102', restore('-A PREROUTING -j ACCEPT', 'raw')), []);
  assert.deepEqual(run('IPT102', 'iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE\n', SH), []);
});

test('IPT102 stays quiet once the chain exists, and sees -X delete it', () => {
  assert.deepEqual(run('IPT102', 'iptables -N web\niptables -A web -j RETURN\niptables -F web\n', SH), []);
  assert.deepEqual(at(run('IPT102', 'iptables -N web\niptables -X web\niptables -A web -j RETURN\n', SH)), ['3:13']);
});
