import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, at, run } from './testkit';

test('AST116 fires on unverified servers, SSL methods and weak ciphers when TLS is on', () => {
  const text = '[general]\ntlsenable=yes\ntlsdontverifyserver=yes\ntlsclientmethod=sslv3\ntlscipher=ADH-AES256-SHA\n';
  const f = run('AST116', 'sip.conf', text);
  assert.deepEqual(at(f), ['3:1', '4:1', '5:1']);
  assert.equal(applyFix(f[0], text), '[general]\ntlsenable=yes\ntlsdontverifyserver=no\ntlsclientmethod=sslv3\ntlscipher=ADH-AES256-SHA\n');
  assert.equal(applyFix(f[1], text), '[general]\ntlsenable=yes\ntlsdontverifyserver=yes\ntlscipher=ADH-AES256-SHA\n');
});

test('AST116 is silent without TLS or with sound settings', () => {
  assert.deepEqual(run('AST116', 'sip.conf', '[general]\ntlsdontverifyserver=yes\n'), []);
  assert.deepEqual(run('AST116', 'sip.conf', '[general]\ntlsenable=yes\ntlsclientmethod=tlsv1_2\ntlscipher=HIGH:!aNULL:!MD5\n'), []);
});
