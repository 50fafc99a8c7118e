import test from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../engine/analyze';
import { MemoryFileSystem } from '../engine/fs';
import { resolveSettings } from '../engine/settings';
import { check, checkAll, ids } from '../engine/testing';
import { LineIndex } from '../engine/text';
import type { ParsedFile } from '../engine/rule';
import type { IptModel } from './model';
import { iptablesPlugin } from './plugin';

const settings = resolveSettings({});

test('claims iptables documents and only the shell scripts the glob selects', () => {
  assert.ok(iptablesPlugin.handles({ file: '/etc/iptables/rules.v4', language: 'iptables', text: '' }, settings));
  assert.ok(iptablesPlugin.handles({ file: '/srv/firewall.sh', language: 'shellscript', text: '' }, settings));
  assert.ok(iptablesPlugin.handles({ file: '/srv/my-iptables-setup.sh', language: 'shellscript', text: '' }, settings));
  assert.ok(!iptablesPlugin.handles({ file: '/srv/backup.sh', language: 'shellscript', text: '' }, settings));
  assert.ok(!iptablesPlugin.handles({ file: '/etc/asterisk/sip.conf', language: 'asterisk-conf', text: '' }, settings));
});

test('in a shell script only iptables lines are analysed', () => {
  const text = '#!/bin/bash\nset -e\ncp a b --dport 80,443\nfor x in 1 2; do echo $x; done\niptables -A INPUT -p tcp --dport 80,443 -j ACCEPT\n';
  const found = ids(check([iptablesPlugin], '/srv/firewall.sh', text, { language: 'shellscript' }));
  assert.ok(found.includes('IPT001@5:26'));
  assert.deepEqual(found.filter((x) => !x.includes('@5:')), [], 'nothing outside the iptables line');
});

test('suppression comments on their own line, in both forms', () => {
  const script = 'set -e\n# asterisk-harden disable=IPT001 legacy rule, fixed next release\niptables -A INPUT -p tcp --dport 80,443 -j ACCEPT\n';
  const all = checkAll([iptablesPlugin], '/srv/firewall.sh', script, { language: 'shellscript' });
  assert.deepEqual(all.filter((f) => f.ruleId === 'IPT001').map((f) => f.suppressed), [true]);
  const restore = '# asterisk-harden disable-file=IPT301 office network on purpose\n*filter\n-A INPUT -s 10.0.0.1/8 -j ACCEPT\nCOMMIT\n';
  const r = checkAll([iptablesPlugin], '/x/rules.v4', restore, { language: 'iptables' });
  assert.deepEqual(r.filter((f) => f.ruleId === 'IPT301').map((f) => f.suppressed), [true]);
});

function parsed(file: string, text: string, language: 'iptables' | 'shellscript'): ParsedFile<IptModel> {
  const engine = new Engine([iptablesPlugin]);
  const ctx = engine.createContext(settings, new MemoryFileSystem({ [file]: text }));
  return { doc: { file, language, text }, lines: new LineIndex(text), plugin: iptablesPlugin, model: iptablesPlugin.parse({ file, language, text }, ctx) };
}

const restore = '*filter\n:INPUT DROP [0:0]\n:f2b-asterisk - [0:0]\n-A INPUT -j f2b-asterisk\n-A INPUT -p tcp -m multiport --dports 22,443 -j REJECT --reject-with tcp-reset\nCOMMIT\n';

test('hover explains matches, options and targets from the schema', () => {
  const f = parsed('/x/rules.v4', restore, 'iptables');
  const ctx = {} as never;
  const at = (line: number, word: string) => ({ line, character: restore.split('\n')[line].indexOf(word) + 1 });
  assert.match(iptablesPlugin.services!.hover!(f, at(4, 'multiport'), ctx)!.contents, /15 ports/);
  assert.match(iptablesPlugin.services!.hover!(f, at(4, '--dports'), ctx)!.contents, /Destination ports/);
  assert.match(iptablesPlugin.services!.hover!(f, at(4, 'REJECT'), ctx)!.contents, /ICMP error/);
  assert.match(iptablesPlugin.services!.hover!(f, at(4, '--reject-with'), ctx)!.contents, /tcp-reset/);
  assert.match(iptablesPlugin.services!.hover!(f, at(3, 'f2b-asterisk'), ctx)!.contents, /user-defined chain/);
});

test('symbols list tables and chains; definition jumps to the chain line', () => {
  const f = parsed('/x/rules.v4', restore, 'iptables');
  const ctx = {} as never;
  const syms = iptablesPlugin.services!.symbols!(f, ctx);
  assert.deepEqual(syms.map((s) => [s.name, s.kind, s.children?.map((c) => c.name)]), [['filter', 'table', ['INPUT', 'f2b-asterisk']]]);
  const def = iptablesPlugin.services!.definition!(f, { line: 3, character: 15 }, ctx);
  assert.deepEqual(def.map((d) => d.range.start), [{ line: 2, character: 1 }]);
  const script = 'iptables -N f2b-x\niptables -A INPUT -j f2b-x\n';
  const s = parsed('/srv/firewall.sh', script, 'shellscript');
  assert.deepEqual(iptablesPlugin.services!.symbols!(s, ctx).map((x) => x.name), ['f2b-x']);
  assert.deepEqual(iptablesPlugin.services!.definition!(s, { line: 1, character: 22 }, ctx).map((d) => d.range.start), [{ line: 0, character: 12 }]);
});

test('completion offers the options of the matches loaded so far', () => {
  const text = '*filter\n-A INPUT -p tcp -m conntrack \nCOMMIT\n';
  const f = parsed('/x/rules.v4', text, 'iptables');
  const labels = iptablesPlugin.services!.completion!(f, { line: 1, character: 31 }, {} as never).map((c) => c.label);
  assert.ok(labels.includes('--ctstate'));
  assert.ok(labels.includes('--dport'), 'the implicit tcp match of -p tcp');
  assert.ok(!labels.includes('--dports'), 'multiport is not loaded');
  const after = parsed('/x/rules.v4', '*filter\n-A INPUT -m \nCOMMIT\n', 'iptables');
  assert.ok(iptablesPlugin.services!.completion!(after, { line: 1, character: 12 }, {} as never).some((c) => c.label === 'hashlimit'));
});
