import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildConfig } from './config/effective';
import { MemoryFileSystem } from '../engine/fs';
import { buildConfigReusing, forgetConfigs } from './incrementalBuild';

let n = 0;

test('property: rebuilding the effective model after an edit equals buildConfig', () => {
  const any = fc.constantFrom('[a]', '[b]', '[t](!)', '[c](t)', '[a](+)', 'exten => 1,1,NoOp()', 'x=1', 'x+=2', 'y => 2', 'secret=a\\;b', '; c', ';--', '--;', '#include x.conf', 'bad', ' ', '=');
  // Half the documents use plain constructs only, so the reuse path (not the fallback) is exercised.
  const plainPiece = fc.constantFrom('[a]', '[b]', 'exten => 1,1,NoOp()', 'x=1', 'y => 2', 'secret=a\\;b', '; c', ' ', 'x=');
  const anyLine = fc.array(any, { maxLength: 2 }).map((a) => a.join(''));
  const plainLine = fc.array(plainPiece, { maxLength: 2 }).map((a) => a.join(''));
  const doc = fc.oneof(fc.array(anyLine, { minLength: 1, maxLength: 20 }), fc.array(plainLine, { minLength: 1, maxLength: 20 }));
  const line = fc.oneof(anyLine, plainLine, plainLine);
  const fsys = new MemoryFileSystem({ '/etc/asterisk/x.conf': 'z=1\n' });
  fc.assert(
    fc.property(doc, fc.array(fc.tuple(fc.nat(), line, fc.boolean()), { maxLength: 4 }), (lines, edits) => {
      // A new file id per case, so each case starts without a previous model.
      const file = `/etc/asterisk/case${n++}.conf`;
      forgetConfigs();
      buildConfigReusing({ file, text: lines.join('\n'), fs: fsys, kind: 'extensions' });
      const edited = lines.slice();
      for (const [at, text, insert] of edits) {
        if (insert) edited.splice(at % edited.length, 0, text);
        else edited[at % edited.length] = text;
        const t = edited.join('\n');
        const fresh = buildConfig({ file: '/etc/asterisk/fresh.conf', text: t, fs: fsys, kind: 'extensions' });
        const got = buildConfigReusing({ file, text: t, fs: fsys, kind: 'extensions' });
        const norm = (c: unknown, id: string) => JSON.parse(JSON.stringify(c, (k, v) => (v instanceof Map ? [...v.keys()] : k === 'inheritedFrom' || k === 'bases' ? undefined : v)).split(id).join('F'));
        assert.deepStrictEqual(norm(got, file), norm(fresh, '/etc/asterisk/fresh.conf'));
      }
    }),
    { numRuns: 300 },
  );
});

test('a value edit in a plain file keeps the other sections', () => {
  forgetConfigs();
  const file = '/etc/asterisk/unit/extensions.conf';
  const a = buildConfigReusing({ file, text: '[a]\nx=1\n[b]\ny=2\n' });
  const b = buildConfigReusing({ file, text: '[a]\nx=1\n[b]\ny=3\n' });
  assert.equal(b.sections[0], a.sections[0]);
  assert.notEqual(b.sections[1], a.sections[1]);
  assert.equal(b.sections[1].variables[0].value, '3');
  assert.equal(a.sections[1].variables[0].value, '2');
});
