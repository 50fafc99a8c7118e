/**
 * A hardened sip/pjsip/manager/logger/extensions set must yield no warning or error from the
 * Asterisk rules: every rule is silent on a configuration that follows the hardening guidance.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { asteriskPlugin } from '../../../server/src/asterisk/plugin';
import { DiskFileSystem } from '../../../server/src/engine/fs';
import { checkAll } from '../../../server/src/engine/testing';

const DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'asterisk', 'hardened');

test('the hardened Asterisk fixture set yields no warning or error', () => {
  const names = fs.readdirSync(DIR).filter((n) => n.endsWith('.conf')).sort();
  assert.deepEqual(names, ['extensions.conf', 'logger.conf', 'manager.conf', 'pjsip.conf', 'sip.conf']);
  const disk = new DiskFileSystem();
  const bad: string[] = [];
  for (const name of names) {
    const file = path.join(DIR, name);
    for (const f of checkAll([asteriskPlugin], file, disk.readFile(file)!, { fs: disk, language: 'asterisk-conf' })) {
      if (f.severity === 'error' || f.severity === 'warning') bad.push(`${name}:${f.range.start.line + 1} ${f.ruleId} ${f.message}`);
    }
  }
  assert.deepEqual(bad, []);
});
