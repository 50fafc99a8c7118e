import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  SECRET_ALPHABET, describeSecret, describeUsername, generateCredentials, generateSecret, generateUsername, secretBits, assessSecret,
} from './credentials';

test('usernames: default 12 chars of [A-Za-z0-9], first a letter; never below 8', () => {
  for (let i = 0; i < 200; i++) assert.match(generateUsername(), /^[A-Za-z][A-Za-z0-9]{11}$/);
  assert.equal(generateUsername(3).length, 8);
  assert.equal(generateUsername(16).length, 16);
});

test('secrets: default 24 chars from the safe set, >= 140 bits; never below 20', () => {
  for (let i = 0; i < 200; i++) {
    const s = generateSecret();
    assert.equal(s.length, 24);
    assert.doesNotMatch(s, /[;#,"'\\=@:\s[\]$]/);
    for (const c of s) assert.ok(SECRET_ALPHABET.includes(c));
  }
  assert.ok(secretBits(24) >= 140);
  assert.equal(generateSecret(5).length, 20);
  assert.equal(generateSecret(Number.NaN).length, 24);
});

test('generated credentials pass our own assessment', () => {
  for (let i = 0; i < 20; i++) {
    const { username, secret } = generateCredentials();
    assert.deepEqual(describeUsername(username).reasons, []);
    assert.deepEqual(describeSecret(secret, { identities: [{ kind: 'the username', value: username }] }).reasons, []);
  }
});

test('symbols are drawn uniformly (chi-squared over 71 symbols)', () => {
  const counts = new Map<string, number>();
  const N = 1000;
  for (let i = 0; i < N; i++) for (const c of generateSecret(24)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const total = N * 24;
  const expected = total / SECRET_ALPHABET.length;
  let chi = 0;
  for (const c of SECRET_ALPHABET) chi += ((counts.get(c) ?? 0) - expected) ** 2 / expected;
  // 70 degrees of freedom: p = 0.0001 at about 120. The variety resampling shifts class shares only slightly.
  assert.ok(chi < 130, `chi-squared ${chi.toFixed(1)}`);
  assert.equal(counts.size, SECRET_ALPHABET.length);
});

test('describeSecret says what is weak in words and never repeats the value', () => {
  const d = describeSecret('123456789');
  assert.equal(d.shape, '9 characters, digits only');
  assert.ok(d.reasons.includes('digits only'));
  assert.ok(d.reasons.some((r) => r.startsWith('shorter than 20')));
  for (const s of ['mysecret', 'P@ssw0rd', 'Summer2024!', 'qwertyQWERTY123456789']) {
    const r = describeSecret(s);
    assert.ok(r.reasons.length > 0, s);
    assert.ok(!JSON.stringify(r).includes(s), 'value leaked');
  }
});

test('dictionary: Asterisk samples and leet forms; identities', () => {
  assert.ok(assessSecret('MySecret').guessable.includes('a known Asterisk sample or common password'));
  assert.ok(assessSecret('p@ssw0rd').guessable.includes('a known Asterisk sample or common password'));
  assert.deepEqual(assessSecret('x100yzQ-8fk2', { identities: [{ kind: 'the extension number', value: '100' }] }).identity, { kind: 'the extension number', how: 'contains' });
  assert.deepEqual(assessSecret('dEXwTy7Ba', { identities: [{ kind: 'the username', value: 'aB7ytWxEd' }] }).identity, { kind: 'the username', how: 'reverses' });
  assert.equal(assessSecret('short1A!').short, 'error');
  assert.equal(assessSecret('Sixteen-chars-A1').short, 'warning');
  assert.equal(assessSecret('kQ8-vN2_xR5.mP7+wL3*zT6!').short, undefined);
});

test('strength estimate catches what the cheap checks miss', () => {
  const a = assessSecret('Summer2024!');
  assert.ok(a.guessable.some((g) => g.startsWith('a strength estimate')), JSON.stringify(a));
  assert.deepEqual(assessSecret('kQ8-vN2_xR5.mP7+wL3*zT6!').guessable, []);
});

test('describeUsername: short, digits, common names', () => {
  assert.equal(describeUsername('100').reasons.length, 2);
  assert.ok(describeUsername('admin').reasons.some((r) => r.includes('common name')));
  assert.ok(describeUsername('Pierre42').reasons.some((r) => r.includes('common name')));
  assert.deepEqual(describeUsername('aB7ytWxEd').reasons, []);
});
