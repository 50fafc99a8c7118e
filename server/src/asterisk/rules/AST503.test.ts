import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './testkit';

test('AST503 fires on an unusual dateformat', () => {
  assert.deepEqual(at(run('AST503', 'logger.conf', '[general]\ndateformat=%s\n')), ['2:1']);
});

test('AST503 is silent on the usual layouts', () => {
  for (const f of ['%F %T', '%F %T.%3q', '%b %e %T']) assert.deepEqual(run('AST503', 'logger.conf', `[general]\ndateformat=${f}\n`), [], f);
});
