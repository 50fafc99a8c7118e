import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, ids } from '../../engine/testing';
import { asteriskPlugin } from '../plugin';
import { at } from '../dialplan/testing';

const FILE = '/etc/asterisk/extensions.conf';
const run = (t: string) => check([asteriskPlugin], FILE, t).filter((f) => f.ruleId === 'AST405');

test('AST405 fires on user:secret@ in Dial and switch, without printing the secret', () => {
  const text = '[a]\nexten => 1,1,Dial(IAX2/bob:hunter2@example.com/100)\nswitch => IAX2/alice:S3cr3tPass@pbx/ctx\n';
  const f = run(text);
  assert.deepEqual(ids(f), [at('AST405', text, 'IAX2/bob'), at('AST405', text, 'IAX2/alice')]);
  for (const x of f) {
    assert.ok(!x.message.includes('hunter2') && !x.message.includes('S3cr3tPass'));
  }
  assert.match(f[0].message, /7 characters/);
});

test('AST405 stays silent on named peers and RSA keys', () => {
  assert.deepEqual(run('[a]\nexten => 1,1,Dial(IAX2/mytrunk/100)\nexten => 2,1,Dial(SIP/${EXTEN}@trunk)\nswitch => IAX2/user:[keyname]@pbx/ctx\n'), []);
});
