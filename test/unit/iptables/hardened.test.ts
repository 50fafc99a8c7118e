import test from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../../server/src/engine/testing';
import { iptablesPlugin } from '../../../server/src/iptables/plugin';
import { judge, oracles } from './oracle';

const dir = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'iptables');
const v4 = fs.readFileSync(path.join(dir, 'hardened.v4'), 'utf8');
const v6 = fs.readFileSync(path.join(dir, 'hardened.v6'), 'utf8');
const files = { '/etc/iptables/rules.v4': v4, '/etc/iptables/rules.v6': v6 };

for (const [name, text] of Object.entries(files)) {
  test(`hardened ruleset ${path.basename(name)} yields no warning or error`, () => {
    const findings = check([iptablesPlugin], name, text, { language: 'iptables', files });
    const loud = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(loud.map((f) => `${f.ruleId}@${f.range.start.line + 1}: ${f.message}`), []);
  });
  test(`hardened ruleset ${path.basename(name)} loads in iptables`, (t) => {
    if (!oracles().test) return t.skip('iptables-restore absent (or not runnable here)');
    const verdict = judge(text, name.endsWith('6') ? 6 : 4);
    assert.equal(verdict.rejected, false, verdict.messages.join(' / '));
  });
}

test('without its IPv6 sibling, the IPv4 ruleset gets IPT309', () => {
  const findings = check([iptablesPlugin], '/etc/iptables/rules.v4', v4, { language: 'iptables' });
  assert.deepEqual(findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId), ['IPT309']);
});
