import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suggestedPort } from './AST103';
import { applyFix, at, run } from './testkit';

test('AST103 fires on sip.conf without bindport or with 5060, suggesting a stable non-standard port', () => {
  const port = suggestedPort('/etc/asterisk/sip.conf');
  assert.ok(port >= 40000 && port < 50000);
  const text = '[general]\nbindport=5060 ; std\n';
  const f = run('AST103', 'sip.conf', text);
  assert.deepEqual(at(f), ['2:1']);
  assert.equal(f[0].severity, 'info');
  assert.equal(applyFix(f[0], text), `[general]\nbindport=${port} ; std\n`);
  assert.deepEqual(at(run('AST103', 'sip.conf', '[general]\nallowguest=no\n')), ['1:2']);
});

test('AST103 fires on a pjsip udp transport bound to the default port', () => {
  const text = '[t]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n';
  const f = run('AST103', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['4:1']);
  assert.equal(applyFix(f[0], text), `[t]\ntype=transport\nprotocol=udp\nbind=0.0.0.0:${suggestedPort('/etc/asterisk/pjsip.conf')}\n`);
});

test('AST103 is silent on a non-standard port and on TLS transports', () => {
  assert.deepEqual(run('AST103', 'sip.conf', '[general]\nbindport=5872\n'), []);
  assert.deepEqual(run('AST103', 'pjsip.conf', '[t]\ntype=transport\nprotocol=udp\nbind=[::]:5872\n[u]\ntype=transport\nprotocol=tls\nbind=0.0.0.0\n'), []);
});
