import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { toWorkspaceEdit } from './convert';
import { UriMap } from './uris';

const at0 = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

test('toWorkspaceEdit: plain edits stay `changes`; a fix that creates a file uses CreateFile then a text edit', () => {
  const uris = new UriMap();
  const plain = toWorkspaceEdit([{ file: '/x/jail.local', range: at0, newText: 'a' }], uris);
  assert.deepEqual(plain, { changes: { 'file:///x/jail.local': [{ range: at0, newText: 'a' }] } });
  const created = toWorkspaceEdit([
    { file: '/x/filter.d/asterisk.local', range: at0, newText: '[Definition]\n', createFile: true },
    { file: '/x/jail.local', range: at0, newText: 'b' },
  ], uris);
  assert.deepEqual(created, {
    documentChanges: [
      { kind: 'create', uri: 'file:///x/filter.d/asterisk.local', options: { ignoreIfExists: true } },
      { textDocument: { uri: 'file:///x/filter.d/asterisk.local', version: null }, edits: [{ range: at0, newText: '[Definition]\n' }] },
      { textDocument: { uri: 'file:///x/jail.local', version: null }, edits: [{ range: at0, newText: 'b' }] },
    ],
  });
});
