import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST135 fires on old method, weak cipher and unverified outbound TLS', () => {
  const text = '[tls]\ntype=transport\nprotocol=tls\nmethod=tlsv1\ncipher=ADH-AES256-SHA,ADH-AES128-SHA\n[reg]\ntype=registration\ntransport=tls\n';
  const f = run('AST135', 'pjsip.conf', text);
  assert.deepEqual(at(f), ['1:2', '4:1', '5:1']);
  const method = f.find((x) => x.range.start.line === 3)!;
  assert.equal(applyFix(method, text), text.replace('method=tlsv1', 'method=tlsv1_2'));
  const cipher = f.find((x) => x.range.start.line === 4)!;
  assert.equal(cipher.severity, 'error');
  assert.equal(applyFix(cipher, text), text.replace('cipher=ADH-AES256-SHA,ADH-AES128-SHA\n', ''));
});

test('AST135 is silent on a sound TLS transport and on UDP', () => {
  assert.deepEqual(run('AST135', 'pjsip.conf', '[tls]\ntype=transport\nprotocol=tls\nmethod=tlsv1_2\nverify_server=yes\n[reg]\ntype=registration\ntransport=tls\n[udp]\ntype=transport\nprotocol=udp\n'), []);
});
