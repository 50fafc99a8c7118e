import test from 'node:test';
import assert from 'node:assert/strict';
import { acceptFacts, jumpFacts } from './facts';
import { parseShell } from './parse';

const guide = [
  'iptables -A INPUT -s 51.5.6.0/24 -p udp -m udp --dport 5060 -j ACCEPT',
  'iptables -A INPUT -s 188.10.11.12/24 -p tcp -m tcp --dport 22 -j ACCEPT',
  'iptables -A INPUT -m comment --comment "filtrage fail2ban" -j asterisk-provya',
  'iptables -A OUTPUT -d 51.5.6.0/24 -p udp -m udp --dport 10000:20000 -j ACCEPT',
].join('\n');

test('jump facts: the guide\'s asterisk-provya jump, undefined in the file', () => {
  const j = jumpFacts(parseShell(guide));
  assert.deepEqual(j.map((x) => [x.chain, x.target, x.defined]), [['INPUT', 'asterisk-provya', false]]);
  assert.equal(guide.slice(j[0].tok.start, j[0].tok.end), 'asterisk-provya');
});

test('accept facts: ports and peers of INPUT/OUTPUT accepts', () => {
  const a = acceptFacts(parseShell(guide));
  assert.deepEqual(a.map((x) => [x.chain, x.protocol, x.dports, x.peers]), [
    ['INPUT', 'udp', [[5060, 5060]], ['51.5.6.0/24']],
    ['INPUT', 'tcp', [[22, 22]], ['188.10.11.12/24']],
    ['OUTPUT', 'udp', [[10000, 20000]], ['51.5.6.0/24']],
  ]);
});
