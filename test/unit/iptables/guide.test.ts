import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, check, ids } from '../../../server/src/engine/testing';
import { iptablesPlugin } from '../../../server/src/iptables/plugin';
import { toRestore } from './convert';
import { judge, oracles } from './oracle';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const file = path.join(root, 'test', 'fixtures', 'iptables', 'guide.sh');
const text = fs.readFileSync(file, 'utf8');
const opts = { language: 'shellscript' as const, settings: { iptables: { shellScriptGlob: '**/*.sh' } } };

test('the guide script holds the guide\'s 20 iptables lines', () => {
  const lines = text.split('\n').filter((l) => l.startsWith('iptables '));
  assert.equal(lines.length, 20);
});

test('the guide yields IPT001, IPT002, IPT101, IPT102 and IPT301 at the right lines and columns', () => {
  const found = ids(check([iptablesPlugin], file, text, opts));
  for (const want of ['IPT301@3:22', 'IPT301@4:22', 'IPT101@5:63', 'IPT102@11:13', 'IPT002@15:30', 'IPT001@15:34']) assert.ok(found.includes(want), `${want} missing from ${found.join(' ')}`);
  // Nothing flags the lines iptables loads fine as syntax errors.
  const syntax = check([iptablesPlugin], file, text, opts).filter((f) => f.severity === 'error' && /^IPT[01]/.test(f.ruleId));
  assert.deepEqual([...new Set(syntax.map((f) => f.range.start.line + 1))].sort((a, b) => a - b), [5, 11, 15]);
});

test('every fix offered on the guide, applied, makes its line load in iptables-restore', (t) => {
  if (!oracles().test) return t.skip('iptables-restore absent (or not runnable here)');
  const findings = check([iptablesPlugin], file, text, opts).filter((f) => f.fixes.length && /^IPT[0-3]/.test(f.ruleId));
  let checked = 0;
  for (const f of findings) {
    for (const fix of f.fixes) {
      const fixed = applyEdits(file, text, fix.edits);
      // The finding's line after the edit, plus every line the edit touched or inserted.
      const lines = new Set<number>();
      let shift = 0;
      for (const e of fix.edits) {
        const added = e.newText.split('\n').length - 1;
        if (e.range.start.line < f.range.start.line || (added && e.range.start.line === f.range.start.line && e.range.start.character === 0)) shift += added;
        for (let l = 0; l <= added; l++) lines.add(e.range.start.line + l);
      }
      lines.add(f.range.start.line + shift);
      const restore = toRestore(fixed, lines, 4);
      const verdict = judge(restore, 4);
      assert.equal(verdict.rejected, false, `${f.ruleId} fix "${fix.title}" still rejected by ${verdict.by.join(', ')}: ${verdict.messages.join(' / ')}\n${restore}`);
      checked++;
    }
  }
  assert.ok(checked >= 7, `only ${checked} fixes checked`);
});
