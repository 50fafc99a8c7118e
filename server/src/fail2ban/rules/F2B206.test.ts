import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { onFilter, underlined } from './filterTestkit';

test('F2B206 flags an unknown strptime directive and a lone percent', () => {
  for (const dp of ['^%Y-%m-%d %Q', '^%Y-%m-%d 100% %H:%M']) {
    const { text, findings } = onFilter('F2B206', `failregex = ^x <HOST>$\ndatepattern = ${dp.replace(/%/g, '%%')}\n`);
    assert.equal(findings.length, 1, dp);
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].range.start.line, 3);
    assert.equal(underlined(text, findings[0]), dp.replace(/%/g, '%%'));
  }
});

test('F2B206 accepts fail2ban\'s special values and strptime patterns', () => {
  for (const dp of ['{^LN-BEG}', 'Epoch', '{^LN-BEG}TAI64N', '{NONE}', '^%%Y-%%m-%%d %%H:%%M:%%S', '^[^\\[]*\\[({DATE})', '{^LN-BEG}%%ExY(?P<_sep>[-/.])%%m(?P=_sep)%%d[T ]%%H:%%M:%%S']) {
    assert.equal(onFilter('F2B206', `failregex = ^x <HOST>$\ndatepattern = ${dp}\n`).findings.length, 0, dp);
  }
});
