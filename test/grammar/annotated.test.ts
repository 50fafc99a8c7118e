/**
 * Annotated grammar samples (vscode-tmgrammar-test format: `^^^ scope` under a line) run on the
 * project's pinned TextMate engine, plus a check that every scope each grammar can emit is asserted
 * by at least one sample, so no scope goes untested.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGrammarTestCase, runGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';
import { REPO_ROOT, getRegistry, grammarScopes, manifestGrammars } from './textmate';

const SAMPLES = path.join(REPO_ROOT, 'test', 'grammar', 'samples');
const sampleFiles = fs.readdirSync(SAMPLES).filter((f) => f.includes('.test.')).sort();

function describeFailures(file: string, failures: Awaited<ReturnType<typeof runGrammarTestCase>>): string {
  return failures
    .map((f) => `${file}:${f.line + 1}:${f.start}-${f.end} missing [${f.missing.join(' ')}] unexpected [${f.unexpected.join(' ')}] actual [${f.actual.join(' ')}]`)
    .join('\n');
}

test('there is an annotated sample for every contributed grammar', () => {
  const scopes = new Set(sampleFiles.map((f) => parseGrammarTestCase(fs.readFileSync(path.join(SAMPLES, f), 'utf8')).metadata.scope));
  for (const g of manifestGrammars()) assert.ok(scopes.has(g.scopeName), `no sample for ${g.scopeName}`);
});

for (const file of sampleFiles) {
  test(`annotated sample ${file} passes on vscode-textmate`, async () => {
    const tc = parseGrammarTestCase(fs.readFileSync(path.join(SAMPLES, file), 'utf8'));
    assert.ok(tc.assertions.length > 10, 'the sample asserts something');
    const failures = await runGrammarTestCase((await getRegistry()) as any, tc);
    assert.equal(failures.length, 0, describeFailures(file, failures));
  });
}

test('every scope a grammar can emit is asserted by its sample', () => {
  for (const g of manifestGrammars()) {
    const asserted = new Set<string>();
    for (const file of sampleFiles) {
      const tc = parseGrammarTestCase(fs.readFileSync(path.join(SAMPLES, file), 'utf8'));
      if (tc.metadata.scope !== g.scopeName) continue;
      for (const la of tc.assertions) for (const sa of la.scopeAssertions) sa.scopes.forEach((s) => asserted.add(s));
    }
    const missing = [...grammarScopes(g.path)].filter((s) => !asserted.has(s));
    assert.deepEqual(missing, [], `${g.scopeName}: scopes never asserted`);
  }
});

test('a wrong assertion is reported (the runner is not vacuous)', async () => {
  const tc = parseGrammarTestCase(['; SYNTAX TEST "source.asterisk-conf"', '[general]', ';^^^^^^^ keyword.not-a-real-scope.asterisk-conf'].join('\n'));
  const failures = await runGrammarTestCase((await getRegistry()) as any, tc);
  assert.equal(failures.length, 1);
  assert.deepEqual(failures[0]!.missing, ['keyword.not-a-real-scope.asterisk-conf']);
  assert.ok(failures[0]!.actual.includes('entity.name.section.asterisk-conf'));
});
