import test from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from '../engine/testing';
import type { IptModel, Tok } from './model';
import { parseRestore, parseShell } from './parse';
import { iptablesPlugin } from './plugin';

function tokens(m: IptModel): Tok[] {
  const out: Tok[] = [];
  for (const c of m.commands) {
    out.push(...c.words);
    if (c.program) out.push(c.program);
  }
  for (const d of m.chainDecls) out.push(d.name, d.policy);
  for (const t of m.tables) out.push(t.name, ...(t.commit ? [t.commit] : []));
  return out;
}

const FRAGMENTS = ['iptables', 'ip6tables', '$IPT', '${IPT}', 'IPT=/sbin/iptables', 'sudo', ' ', ' ', '\t', '\n', '\r\n', '\\\n', '"', "'", '#', ';', '&&', '|', '$(', ')', '`',
  '*filter', '*nat', ':INPUT DROP [0:0]', ':x -', 'COMMIT', '-A', '-I', '-N', '-P', '-F', 'INPUT', 'OUTPUT', '-p', 'tcp', 'udp', '-m', 'multiport', 'conntrack',
  '--dport', '--dports', '80,443', '1:70000', '-s', '1.2.3.4/24', '::1/129', '!', '-j', 'ACCEPT', 'DROP', 'REJECT', '--reject-with', 'tcp-reset', 'f2b-x', '-t', 'nat',
  '--comment', '"a b"', 'é', '\u{1F600}', '--ctstate', 'NEW,BOGUS', '<<EOF', 'EOF', '-g', '-o', '-i', 'lo', '--to-destination', '[::1]:80', '-m', 'hashlimit', 'x'];
const doc = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(' ').replace(/ {2,}/g, ' '));

test('parsers never throw and every token lies inside the document (property)', () => {
  fc.assert(fc.property(doc, (text) => {
    for (const m of [parseShell(text), parseRestore(text, 4), parseRestore(text, 6)]) {
      for (const t of tokens(m)) assert.ok(t.start >= 0 && t.start <= t.end && t.end <= text.length, `token ${JSON.stringify(t)} outside 0..${text.length}`);
      for (const d of [...m.diagnostics, ...m.commands.flatMap((c) => c.diagnostics)]) assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length);
    }
  }), { numRuns: 300 });
});

test('no rule fails on arbitrary input, and findings stay inside the document (property)', () => {
  fc.assert(fc.property(doc, fc.constantFrom('iptables', 'shellscript'), (text, language) => {
    const lines = text.split(/\r\n|\r|\n/);
    const findings = check([iptablesPlugin], '/p/rules.v4', text, { language, settings: { iptables: { shellScriptGlob: '**' } } });
    for (const f of findings) {
      assert.notEqual(f.ruleId, 'AH003', f.message);
      for (const p of [f.range.start, f.range.end]) assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `${f.ruleId} range outside the text`);
    }
  }), { numRuns: 150 });
});

test('shell lexing: variables, sudo, absolute paths, backends, quotes and continuations', () => {
  const text = [
    '#!/bin/sh',
    'IPT=/sbin/iptables',
    'IP6="sudo ip6tables"',
    'echo "iptables -A INPUT -j DROP"   # not a command of ours',
    '$IPT -A INPUT -p tcp \\',
    '    --dport 22 -j ACCEPT',
    '${IP6} -A INPUT -p ipv6-icmp -j ACCEPT',
    'sudo /usr/sbin/iptables-nft -A INPUT -m comment --comment \'it\'"s ok" -j ACCEPT',
    'iptables-legacy -A INPUT -s "$TRUSTED" -j ACCEPT; iptables -P INPUT DROP',
    'if iptables -C INPUT -j f2b-x 2>/dev/null; then :; fi',
  ].join('\n');
  const m = parseShell(text);
  assert.equal(m.commands.length, 6);
  const [a, b, c, d, e, f] = m.commands;
  assert.deepEqual(a.words.map((w) => w.text), ['-A', 'INPUT', '-p', 'tcp', '--dport', '22', '-j', 'ACCEPT']);
  assert.equal(text.slice(a.words[5].start, a.words[5].end), '22');
  assert.equal(a.family, 4);
  assert.equal(b.family, 6);
  assert.equal(c.matches[0].options[0].args[0].text, 'its ok');
  assert.equal(text.slice(c.matches[0].options[0].args[0].start, c.matches[0].options[0].args[0].end), '\'it\'"s ok"');
  assert.equal(d.src?.value.dynamic, true);
  assert.equal(d.diagnostics.length, 0, 'an unknown $VAR is an unknown value, not an error');
  assert.equal(e.command?.letter, 'P');
  assert.equal(f.command?.letter, 'C');
  assert.deepEqual([...m.families].sort(), [4, 6]);
});

test('restore lexing: tables, chain lines, COMMIT, double quotes, format errors', () => {
  const text = '*filter\n:INPUT DROP [0:0]\n:f2b-x - [0:0]\n-A INPUT -m comment --comment "a \\"b\\"" -j ACCEPT\n-A INPUT -j ACCEPT # c\nCOMMIT\n*nat\n';
  const m = parseRestore(text, 4);
  assert.equal(m.tables.length, 2);
  assert.equal(m.chainDecls.map((d) => `${d.name.text}:${d.policy.text}`).join(' '), 'INPUT:DROP f2b-x:-');
  assert.equal(m.commands[0].matches[0].options[0].args[0].text, 'a "b"');
  assert.ok(m.commands[1].diagnostics.some((d) => d.ruleId === 'IPT007' && text.slice(d.start, d.end) === '# c'));
  assert.ok(m.diagnostics.some((d) => d.ruleId === 'IPT007' && /no COMMIT/.test(d.message)));
});
