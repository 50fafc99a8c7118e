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

test('a suppression in an #include\'d fragment covers the finding its value causes in the includer, and is not "unused"', () => {
  const sip = '[general]\nalwaysauthreject=yes\n#include sip_custom.conf\n';
  const custom = (id: string) => `; asterisk-harden disable=${id} guests are rejected by the SBC in front\nallowguest=yes\n`;
  const files = (id: string) => ({ '/etc/asterisk/sip.conf': sip, '/etc/asterisk/sip_custom.conf': custom(id) });
  // the finding is reported in sip.conf ([general] takes allowguest from the fragment) and points at the fragment's line
  const withoutSuppression = check([asteriskPlugin], FILE, sip, { language: 'asterisk-conf', files: { '/etc/asterisk/sip_custom.conf': 'allowguest=yes\n' } });
  assert.equal(withoutSuppression.filter((f) => f.ruleId === 'AST101').length, 1);
  const all = checkAll([asteriskPlugin], FILE, sip, { language: 'asterisk-conf', files: files('AST101') });
  assert.deepEqual(all.filter((f) => f.ruleId === 'AST101').map((f) => f.suppressed), [true]);
  // checked on its own, the fragment's suppression is used by its includer's finding
  const fragment = check([asteriskPlugin], '/etc/asterisk/sip_custom.conf', custom('sip-allowguest'), { language: 'asterisk-conf', files: files('sip-allowguest') });
  assert.deepEqual(fragment.filter((f) => f.ruleId === 'AH002'), []);
  // a suppression naming another rule covers nothing there: the finding stays, the suppression is reported
  assert.equal(check([asteriskPlugin], FILE, sip, { language: 'asterisk-conf', files: files('AST102') }).filter((f) => f.ruleId === 'AST101').length, 1);
  const unused = check([asteriskPlugin], '/etc/asterisk/sip_custom.conf', custom('AST102'), { language: 'asterisk-conf', files: files('AST102') });
  assert.deepEqual(unused.filter((f) => f.ruleId === 'AH002').map((f) => f.range.start.line), [0]);
});
