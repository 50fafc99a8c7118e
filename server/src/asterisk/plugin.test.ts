import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkAll } from '../engine/testing';
import { asteriskPlugin } from './plugin';

const FILE = '/etc/asterisk/sip.conf';

test('disable-file before the first header suppresses a rule for the file; after it, it is reported as unused', () => {
  const top = '; asterisk-harden disable-file=AST101 guests handled by the SBC\n[general]\nallowguest=yes\n';
  assert.deepEqual(check([asteriskPlugin], FILE, top, { language: 'asterisk-conf' }).filter((f) => f.ruleId === 'AST101'), []);
  assert.equal(checkAll([asteriskPlugin], FILE, top, { language: 'asterisk-conf' }).filter((f) => f.ruleId === 'AST101' && f.suppressed).length, 1);
  const late = '[general]\n; asterisk-harden disable-file=AST101 too late\nallowguest=yes\n';
  const ids = check([asteriskPlugin], FILE, late, { language: 'asterisk-conf' }).map((f) => f.ruleId);
  assert.ok(ids.includes('AST101') && ids.includes('AH002'));
});

test('a line suppression covers the next line by id or slug', () => {
  const text = '[general]\nallowguest=no\n; asterisk-harden disable=sip-alwaysauthreject-off legacy phones\nalwaysauthreject=no\n';
  assert.deepEqual(check([asteriskPlugin], FILE, text, { language: 'asterisk-conf' }).filter((f) => f.ruleId === 'AST102'), []);
});
