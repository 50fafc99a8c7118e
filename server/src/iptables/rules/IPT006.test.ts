import test from 'node:test';
import assert from 'node:assert/strict';
import { at, restore, run } from './ruleTesting';

test('IPT006 fires on unknown options, duplicates, unknown matches and bad values', () => {
  assert.deepEqual(at(run('IPT006', restore('-A INPUT --bogus -j ACCEPT'))), ['2:10']);
  assert.deepEqual(at(run('IPT006', restore('-A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT'))), ['2:28']);
  assert.match(run('IPT006', restore('-A INPUT -m foo -j ACCEPT'))[0].message, /Unknown match "foo"/);
  assert.match(run('IPT006', restore('-A INPUT -j ACCEPT -j DROP'))[0].message, /multiple -j/);
  assert.match(run('IPT006', restore('-A INPUT -m hashlimit --hashlimit-upto 5/min -j ACCEPT'))[0].message, /--hashlimit-name/);
  assert.match(run('IPT006', restore('-A INPUT -j REJECT --reject-with foo'))[0].message, /unknown reject type/);
  assert.match(run('IPT006', restore('-A INPUT -j ACCEPT --log-prefix x'))[0].message, /takes no options|Unknown option/);
});

test('IPT006 warns on values iptables truncates', () => {
  const f = run('IPT006', restore('-A INPUT -j LOG --log-prefix "0123456789012345678901234567890"'));
  assert.equal(f[0].severity, 'warning');
});

test('IPT006 stays quiet on valid options of loaded matches and targets', () => {
  assert.deepEqual(run('IPT006', restore('-A INPUT -p tcp -m conntrack --ctstate NEW -m recent --set --name ssh -m limit --limit 3/min -j LOG --log-prefix "ssh: " --log-level info')), []);
});
