import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildConfig } from '../config/effective';
import { MemoryFileSystem } from '../../engine/fs';
import { Engine } from '../../engine/analyze';
import { resolveSettings } from '../../engine/settings';
import { asteriskPlugin } from '../plugin';
import { attachSource, dialplanOf } from './host';
import { includeClosure, rangeAt } from './model';
import { walkNodes } from './expr';

const FILE = '/etc/asterisk/extensions.conf';

function dialplan(text: string, files: Record<string, string> = {}) {
  const model = { config: buildConfig({ file: FILE, text, fs: new MemoryFileSystem({ [FILE]: text, ...files }) }) };
  attachSource(model, text);
  return dialplanOf(model)!;
}

test('contexts, same => inheriting the pattern, includes, switches, ignorepat; [general]/[globals] are not contexts', () => {
  const dp = dialplan('[general]\nstatic=yes\n[globals]\nX=1\n[Internal]\nexten => 100,1,Answer()\n same => n(loop),Playback(hello)\ninclude => outbound,9:00-17:00,mon-fri,*,*\nswitch => Realtime/@\nignorepat => 9\n[outbound]\n');
  assert.deepEqual(dp.contexts.map((c) => c.name), ['Internal', 'outbound']);
  assert.equal(dp.globals.length, 2);
  const [c] = dp.contexts;
  assert.equal(c.extensions[1].pattern?.text, '100');
  assert.equal(c.extensions[1].inheritedPattern, true);
  assert.equal(c.extensions[1].priority?.label?.name, 'loop');
  assert.deepEqual(c.includes.map((i) => [i.kind, i.target]), [['include', 'outbound'], ['switch', 'Realtime/@'], ['ignorepat', '9']]);
  assert.deepEqual([...includeClosure(dp, 'internal').keys()], ['internal', 'outbound']);
});

test('ranges: app name and ${EXTEN} map to source columns, escapes included', () => {
  const text = '[a]\nexten => _X.,1,Set(A=x\\;y${EXTEN})\n';
  const dp = dialplan(text);
  const ext = dp.contexts[0].extensions[0];
  const line = text.split('\n')[1];
  assert.deepEqual(rangeAt(ext.loc, ext.app!.nameStart, ext.app!.nameEnd), { start: { line: 1, character: line.indexOf('Set') }, end: { line: 1, character: line.indexOf('Set') + 3 } });
  const node = [...walkNodes(ext.app!.nodes)][0];
  assert.deepEqual(rangeAt(ext.loc, node.start, node.end), { start: { line: 1, character: line.indexOf('${') }, end: { line: 1, character: line.indexOf(')') } });
});

test('Set() from caller input taints the variable for later lines', () => {
  const dp = dialplan('[a]\nexten => _X.,1,Set(NUM=${EXTEN:1})\n same => n,Set(SAFE=${FILTER(0-9,${EXTEN})})\n same => n,Read(PIN,beep,4)\n');
  assert.deepEqual([...dp.contexts[0].taintedVars].sort(), ['NUM', 'PIN']);
});

test('unchanged contexts are reused after a one-line edit elsewhere', () => {
  const base = '[a]\nexten => 1,1,NoOp()\n[b]\nexten => 2,1,NoOp()\n';
  const one = dialplan(base);
  const two = dialplan(base.replace('exten => 2,1,NoOp()', 'exten => 2,1,Hangup()'));
  assert.equal(one.contexts[0], two.contexts[0]);
  assert.notEqual(one.contexts[1], two.contexts[1]);
  assert.equal(two.contexts[1].extensions[0].app?.name, 'Hangup');
});

test('property: the whole pipeline never throws on dialplan-like text and every finding lies inside the document', () => {
  const engine = new Engine([asteriskPlugin]);
  const settings = resolveSettings({});
  const piece = fc.constantFrom('[ctx]', '[a](!)', 'exten => ', 'same => ', 'include => ', '_X.', '_[a-', 'n(', 'hint', ',', '(', ')', '${', '$[', '}', ']', 'EXTEN', 'CALLERID(num)', ':1', 'Dial', 'System', 'Goto', 'DISA', 'no-password', '\\;', ';', ';--', '\n', ' ', 'IAX2/u:p@h', '&', '|', '"');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      const ctx = engine.createContext(settings, new MemoryFileSystem({ [FILE]: text }));
      const { findings } = engine.analyze({ file: FILE, language: 'asterisk-conf', text }, ctx);
      const lines = text.split(/\r\n|\r|\n/);
      for (const f of findings) {
        assert.notEqual(f.ruleId, 'AH003', f.message);
        if (f.file !== FILE) continue;
        for (const p of [f.range.start, f.range.end]) {
          assert.ok(p.line >= 0 && p.line < lines.length, JSON.stringify(f));
          assert.ok(p.character >= 0 && p.character <= lines[p.line].length, JSON.stringify(f));
        }
      }
    }),
    { numRuns: 300 },
  );
});
