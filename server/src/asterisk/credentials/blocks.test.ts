import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check } from '../../engine/testing';
import { buildBlock, CREDENTIAL_FORMATS } from '../../credentials/blocks';
import { asteriskPlugin } from '../plugin';

test('every generated block passes the credential rules of its own file kind', () => {
  for (const format of CREDENTIAL_FORMATS) {
    const b = buildBlock({ format, extension: '100' });
    const text = (format === 'sip' ? '[general]\nallowguest=no\nalwaysauthreject=yes\n\n' : '') + b.text;
    const files: Record<string, string> = b.dialplan ? { '/etc/asterisk/extensions.conf': `[internal]\n${b.dialplan}\n` } : {};
    const findings = check([asteriskPlugin], `/etc/asterisk/${b.file}`, text, { files }).filter((f) => /^AST2/.test(f.ruleId));
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), [], format);
  }
});

test('the dialplan line of a generated block dials the new account, and no AST4xx rule objects', () => {
  const b = buildBlock({ format: 'pjsip', extension: '100' });
  assert.equal(b.dialplan, `exten => 100,1,Dial(PJSIP/${b.username},25)`);
  const findings = check([asteriskPlugin], '/etc/asterisk/extensions.conf', `[internal]\n${b.dialplan}\n`).filter((f) => /^AST4/.test(f.ruleId));
  assert.deepEqual(findings, []);
});
