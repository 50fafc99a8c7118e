import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string) => check([asteriskPlugin], FILE, t).filter((f) => f.ruleId === 'AST403');

test('AST403 fires on _. and _! and the fix narrows to _X. / _X!', () => {
  const text = '[a]\nexten => _.,1,NoOp() ; all\nexten => _!,1,NoOp()\n';
  const f = run(text);
  assert.deepEqual(ids(f), [at('AST403', text, '_.'), at('AST403', text, '_!')]);
  const fixed = applyEdits(FILE, text, [...f[0].fixes[0].edits, ...f[1].fixes[0].edits]);
  assert.equal(fixed, '[a]\nexten => _X.,1,NoOp() ; all\nexten => _X!,1,NoOp()\n');
  assert.deepEqual(run(fixed), []);
});

test('AST403 stays silent on other patterns', () => {
  assert.deepEqual(run('[a]\nexten => _X.,1,NoOp()\nexten => _.X,1,NoOp()\nexten => s,1,NoOp()\n'), []);
});

test('AST403 in #included files: reported from the includer for fragments, not for extensions_*.conf (analysed on their own)', () => {
  const text = '[a]\n#include ivr/menu.conf\n#include extensions_custom.conf\n';
  const files = { '/etc/asterisk/ivr/menu.conf': 'exten => _.,1,NoOp()\n', '/etc/asterisk/extensions_custom.conf': '[b]\nexten => _.,1,NoOp()\n' };
  const f = check([asteriskPlugin], FILE, text, { files }).filter((x) => x.ruleId === 'AST403');
  assert.deepEqual(f.map((x) => [x.file, x.range.start.line]), [['/etc/asterisk/ivr/menu.conf', 0]]);
});
