import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Engine } from '../../engine/analyze';
import { MemoryFileSystem } from '../../engine/fs';
import { resolveSettings } from '../../engine/settings';
import type { ParsedFile } from '../../engine/rule';
import { asteriskPlugin } from '../plugin';
import type { AsteriskModel } from '../model';

const EXT = '/etc/asterisk/extensions.conf';
const TEXT = [
  '[internal]',
  'include => outbound',
  'exten => 100,1,Dial(SIP/aB7ytWxEd,25)',
  ' same => n,Hangup()',
  'exten => 200,1,Goto(custom,s,1)',
  ' same => n,System(/bin/log ${FILTER(0-9,${CALLERID(num)})})',
  '[outbound]',
  'exten => _0X.,1,Dial(PJSIP/${EXTEN}@trunk)',
  '',
].join('\n');

function setup(files: Record<string, string> = {}) {
  const engine = new Engine([asteriskPlugin]);
  const ctx = engine.createContext(resolveSettings({}), new MemoryFileSystem({ [EXT]: TEXT, ...files }));
  const parsed = engine.parse({ file: EXT, language: 'asterisk-conf', text: TEXT }, ctx) as ParsedFile<AsteriskModel>;
  return { ctx, parsed, services: asteriskPlugin.services! };
}

test('symbols: contexts with their extensions, ranges spanning same => lines', () => {
  const { ctx, parsed, services } = setup();
  const syms = services.symbols!(parsed, ctx);
  assert.deepEqual(syms.map((s) => s.name), ['internal', 'outbound']);
  assert.deepEqual(syms[0].children!.map((c) => c.name), ['100', '200']);
  assert.equal(syms[0].children![0].range.end.line, 3);
  assert.deepEqual(syms[0].children![0].selectionRange, { start: { line: 2, character: 9 }, end: { line: 2, character: 12 } });
  assert.equal(syms[0].children![0].detail, 'Dial');
});

test('definition: include => and Goto contexts, in this file and in extensions_custom.conf', () => {
  const { ctx, parsed, services } = setup({ '/etc/asterisk/extensions_custom.conf': '[custom]\nexten => s,1,NoOp()\n' });
  assert.deepEqual(services.definition!(parsed, { line: 1, character: 13 }, ctx), [{ file: EXT, range: { start: { line: 6, character: 1 }, end: { line: 6, character: 9 } } }]);
  assert.deepEqual(services.definition!(parsed, { line: 4, character: 22 }, ctx), [{ file: '/etc/asterisk/extensions_custom.conf', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 7 } } }]);
  assert.deepEqual(services.definition!(parsed, { line: 2, character: 3 }, ctx), []);
});

test('hover: application signature, innermost function, variables with their security note', () => {
  const { ctx, parsed, services } = setup();
  const dial = services.hover!(parsed, { line: 2, character: 16 }, ctx);
  assert.match(dial!.contents, /Dial\(Tech\/resource/);
  const line5 = TEXT.split('\n')[5];
  const cid = services.hover!(parsed, { line: 5, character: line5.indexOf('CALLERID') + 2 }, ctx);
  assert.match(cid!.contents, /CALLERID\(datatype/);
  const filter = services.hover!(parsed, { line: 5, character: line5.indexOf('FILTER') + 1 }, ctx);
  assert.match(filter!.contents, /sanitiser/);
  const exten = services.hover!(parsed, { line: 7, character: TEXT.split('\n')[7].indexOf('EXTEN}') + 1 }, ctx);
  assert.match(exten!.contents, /AST401/);
  // Outside application calls the config layer answers (here: the section header).
  assert.doesNotMatch(services.hover!(parsed, { line: 0, character: 2 }, ctx)?.contents ?? '', /Application|Function/);
});
