import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST012 reports the later of two scalar settings in one section', () => {
  assert.deepEqual(at(run('AST012', 'sip.conf', '[general]\nallowguest=no\nbindport=5062\nallowguest=yes\n')), ['4:1']);
});

test('AST012 is silent on list options, on separate sections and on template overrides', () => {
  assert.deepEqual(run('AST012', 'sip.conf', '[p]\ndeny=0.0.0.0/0.0.0.0\npermit=192.0.2.1\npermit=192.0.2.2\n[q]\nhost=dynamic\n[r]\nhost=dynamic\n'), []);
  assert.deepEqual(run('AST012', 'sip.conf', '[t](!)\nnat=no\n[p](t)\nnat=force_rport\n'), []);
});
