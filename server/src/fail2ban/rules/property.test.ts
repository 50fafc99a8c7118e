import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAll } from '../../engine/testing';
import { LineIndex } from '../../engine/text';
import { fail2banPlugin } from '../plugin';
import { STOCK } from './testkit';

const line = fc.oneof(
  fc.constantFrom('[DEFAULT]', '[asterisk]', '[sshd]', '[INCLUDES]', '[Definition]', 'enabled = true', 'enabled = false', 'ignoreself = false', 'ignoreip = 127.0.0.1 bad..host', 'bantime = 10d', 'bantime = x', 'findtime: 5s', 'maxretry = 99', 'filter = nope[a=1', 'action = iptables-allports[name=x]', 'action = missing', 'before = a.conf b.conf', 'logpath = %(nope)s', 'x = 5%', '  continued # c', '# asterisk-harden disable=F2B101', '; c', '', 'maxrety = 1', 'failregex = ^<HOST> # x'),
  fc.string({ maxLength: 40 }),
);

test('property: every fail2ban rule runs on any input without an internal error, ranges and fixes inside the document', () => {
  for (const file of ['/ws/fail2ban/jail.local', '/ws/fail2ban/filter.d/x.conf', '/ws/fail2ban/fail2ban.local']) {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (ls) => {
        const text = ls.join('\n');
        const idx = new LineIndex(text);
        const findings = checkAll([fail2banPlugin], file, text, { language: 'fail2ban-conf', files: STOCK });
        for (const f of findings) {
          assert.notEqual(f.ruleId, 'AH003', f.message);
          if (f.file !== file) continue;
          assert.ok(f.range.start.line < idx.lineCount && f.range.end.character <= idx.lineText(f.range.end.line).length, `${f.ruleId} range`);
          for (const fix of f.fixes) for (const e of fix.edits) if (e.file === file) assert.ok(e.range.end.line < idx.lineCount);
        }
      }),
      { numRuns: 150 },
    );
  }
});
